"use client";

import { useTranslations } from "next-intl";
import { BodyShort, Button, Radio, RadioGroup, TextField, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import type { VoluntaryTaxField } from "@/lib/domain/voluntary-tax";
import { useForm } from "./form/useForm";

type Props = {
  action: (state: FormState<VoluntaryTaxField>, formData: FormData) => Promise<FormState<VoluntaryTaxField>>;
  idempotencyKey: string;
  basedOn: string;
  canStop: boolean;
  effectiveLabel: string;
  amountDescription: string;
  percentDescription: string;
};

const FIELD_IDS = { kind: "kind-amount", amount: "amount", percent: "percent" } as const;

/** Works without JavaScript (a plain form post); with it, errors appear in place and the summary gets focus. */
export function VoluntaryTaxForm({ action, idempotencyKey, basedOn, canStop, effectiveLabel, amountDescription, percentDescription }: Props) {
  const t = useTranslations("tax.form");
  const { formAction, pending, field, group, feedback, key } = useForm(action, ["kind", "amount", "percent"], "tax.form", (f) => FIELD_IDS[f]);
  return (
    // A new key after each answer makes the fields show exactly what was submitted.
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-24">
        {feedback}
        <RadioGroup {...group("kind")} legend={t("legend")}>
          <Radio value="amount" id="kind-amount">
            {t("kindAmount")}
          </Radio>
          <Radio value="percent">{t("kindPercent")}</Radio>
          {canStop && <Radio value="stop">{t("kindStop")}</Radio>}
        </RadioGroup>
        <TextField {...field("amount")} label={t("amount")} description={amountDescription} inputMode="numeric" autoComplete="off" htmlSize={10} />
        <TextField {...field("percent")} label={t("percent")} description={percentDescription} inputMode="decimal" autoComplete="off" htmlSize={6} />
        <BodyShort>{effectiveLabel}</BodyShort>
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
