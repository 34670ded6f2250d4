"use client";

import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, Select, Textarea, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { DATA_ITEMS, RIGHTS, RIGHTS_FIELDS, type RightsField } from "@/lib/domain/privacy-request-fields";
import { CharacterCount } from "./form/CharacterCount";
import { useForm } from "./form/useForm";

const IDS: Record<RightsField, string> = { right: "right-RECTIFICATION", item: "rights-item", reason: "rights-reason" };

export function RightsRequestForm({
  action,
  idempotencyKey,
}: {
  action: (s: FormState<RightsField>, f: FormData) => Promise<FormState<RightsField>>;
  idempotencyKey: string;
}) {
  const t = useTranslations("rightsRequest");
  const shared = useTranslations("forms");
  const { state, formAction, pending, field, group, feedback, key } = useForm(action, ["right", "item", "reason"], "rightsRequest", (f) => IDS[f]);
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <VStack gap="space-20">
        {feedback}
        <RadioGroup {...group("right")} legend={t("right")}>
          {RIGHTS.map((r) => (
            <Radio key={r} value={r} id={`right-${r}`}>
              {t(`rights.${r}`)}
            </Radio>
          ))}
        </RadioGroup>
        <Select {...field("item")} label={t("item")}>
          <option value="">{t("itemChoose")}</option>
          {DATA_ITEMS.map((i) => (
            <option key={i} value={i}>
              {t(`items.${i}`)}
            </option>
          ))}
        </Select>
        <CharacterCount max={RIGHTS_FIELDS.reason.max} value={state.values.reason} leftText={shared.raw("countLeft")} overText={shared.raw("countOver")}>
          <Textarea {...field("reason")} label={t("reason")} description={t("reasonDescription")} />
        </CharacterCount>
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
