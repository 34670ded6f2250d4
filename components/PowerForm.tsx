"use client";

import { useTranslations } from "next-intl";
import { Alert, Button, Checkbox, CheckboxGroup, TextField, VStack } from "@navikt/ds-react";
import { ReviewStep } from "./form/ReviewStep";
import { type FormState } from "@/lib/forms/form-state";
import { POWER_FIELDS, SCOPES, type PowerField } from "@/lib/domain/representation-fields";
import { useForm } from "./form/useForm";

type Props = {
  action: (state: FormState<PowerField>, formData: FormData) => Promise<FormState<PowerField>>;
  idempotencyKey: string;
};

const FIELDS = Object.keys(POWER_FIELDS) as PowerField[];
const fieldId = (f: PowerField) => `power-${f}`;

/**
 * Giving a power in two steps on one address: the answers, then the same
 * answers to check (carried in hidden fields, nothing saved yet) with
 * "Give the power" and "Change your answers". Works without JavaScript.
 */
export function PowerForm({ action, idempotencyKey }: Props) {
  const t = useTranslations("powers.give");
  const ts = useTranslations("powers.scopes");
  const { state, formAction, pending, errorFor: error, field, feedback, key } = useForm(action, FIELDS, "powers.give", fieldId);
  const v = state.values;
  const ticked = SCOPES.filter((s) => v[`scope_${s}`]);

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
      >
        {ticked.includes("CHANGE_BANK_ACCOUNT") && <Alert variant="warning">{t("bankWarning")}</Alert>}
      </ReviewStep>
    );
  }

  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <VStack gap="space-24">
        {feedback}
        <TextField {...field("attorneyFnr")} label={t("fnr")} description={t("fnrDescription")} inputMode="numeric" autoComplete="off" htmlSize={14} />
        <TextField {...field("attorneyName")} label={t("name")} description={t("nameDescription")} autoComplete="off" />
        <CheckboxGroup legend={t("scopesLegend")} description={t("scopesDescription")} defaultValue={ticked} error={error("scope_READ_PAYMENTS")}>
          {SCOPES.map((s) => (
            <Checkbox
              key={s}
              id={`power-scope_${s}`}
              name={`scope_${s}`}
              value={s}
              description={s === "CHANGE_BANK_ACCOUNT" ? t("bankWarning") : s === "READ_PAYMENTS" ? t("readImplied") : undefined}
            >
              {ts(s)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <TextField {...field("validTo")} label={t("validTo")} description={t("validToDescription")} autoComplete="off" htmlSize={12} />
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
