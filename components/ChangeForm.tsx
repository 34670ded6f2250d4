"use client";

import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, TextField, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { ASKS, CHANGE_FIELDS, type ChangeField, type ChangeKind } from "@/lib/domain/life-change-fields";
import { useForm } from "./form/useForm";
import { CountrySelect } from "./form/CountrySelect";
import { ReviewStep } from "./form/ReviewStep";

type Props = {
  action: (state: FormState<ChangeField>, formData: FormData) => Promise<FormState<ChangeField>>;
  idempotencyKey: string;
  kind: ChangeKind;
  /** The date question in the words of this kind of change ("Date of the wedding"). */
  dateLabel: string;
  countries: Array<{ code: string; name: string }>;
};

const FIELDS = Object.keys(CHANGE_FIELDS) as ChangeField[];
const QUESTIONS = ["previouslyMarried", "childrenTogether", "atHome", "providesForChildren", "providesForSpouse"] as const;
const fieldId = (f: ChangeField) => (QUESTIONS.includes(f as (typeof QUESTIONS)[number]) ? `change-${f}-ja` : `change-${f}`);

/** One kind of change: the date, and only what this kind needs. Then the answers with what usually happens, then send. */
export function ChangeForm({ action, idempotencyKey, kind, dateLabel, countries }: Props) {
  const t = useTranslations("lifeChange.form");
  const { state, formAction, pending, field, group, feedback, key } = useForm(action, FIELDS, "lifeChange.form", fieldId);
  const asks = ASKS[kind];
  if (state.review) {
    return (
      <ReviewStep
        key={key}
        state={state}
        formAction={formAction}
        idempotencyKey={idempotencyKey}
        pending={pending}
        feedback={feedback}
        texts={{ heading: t("reviewHeading"), confirm: t("confirm"), edit: t("edit") }}
      />
    );
  }
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="kind" value={kind} />
      <VStack gap="space-20">
        {feedback}
        <TextField {...field("fromDate")} label={dateLabel} description={t("dateDescription")} autoComplete="off" htmlSize={12} />
        {asks.includes("otherName") && <TextField {...field("otherName")} label={t("otherName")} autoComplete="off" />}
        {asks.includes("country") && <CountrySelect {...field("country")} label={t("country")} choose={t("countryChoose")} countries={countries} />}
        {asks.includes("institution") && <TextField {...field("institution")} label={t("institution")} autoComplete="off" />}
        {QUESTIONS.filter((q) => asks.includes(q)).map((q) => (
          <RadioGroup {...group(q)} key={q} legend={t(`questions.${q}`)}>
            <Radio value="ja" id={`change-${q}-ja`}>
              {t("yes")}
            </Radio>
            <Radio value="nei">{t("no")}</Radio>
          </RadioGroup>
        ))}
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
