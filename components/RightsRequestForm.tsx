"use client";

import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, Select, Textarea, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { DATA_ITEMS, RIGHTS, type RightsField } from "@/lib/domain/privacy-request";
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
  const { state, formAction, pending, errorFor: error, feedback, key } = useForm(action, ["right", "item", "reason"], "rightsRequest", (f) => IDS[f]);
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <VStack gap="space-20">
        {feedback}
        <RadioGroup legend={t("right")} name="right" defaultValue={state.values.right || undefined} error={error("right")}>
          {RIGHTS.map((r) => (
            <Radio key={r} value={r} id={`right-${r}`}>
              {t(`rights.${r}`)}
            </Radio>
          ))}
        </RadioGroup>
        <Select id="rights-item" name="item" label={t("item")} defaultValue={state.values.item} error={error("item")}>
          <option value="">{t("itemChoose")}</option>
          {DATA_ITEMS.map((i) => (
            <option key={i} value={i}>
              {t(`items.${i}`)}
            </option>
          ))}
        </Select>
        <Textarea
          id="rights-reason"
          name="reason"
          label={t("reason")}
          description={t("reasonDescription")}
          maxLength={2000}
          defaultValue={state.values.reason}
          error={error("reason")}
        />
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
