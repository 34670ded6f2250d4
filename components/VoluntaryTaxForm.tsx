"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, BodyShort, Button, ErrorSummary, Radio, RadioGroup, TextField, VStack } from "@navikt/ds-react";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { initialState, type VoluntaryTaxFormState } from "@/app/skatt/form-state";

type Props = {
  action: (state: VoluntaryTaxFormState, formData: FormData) => Promise<VoluntaryTaxFormState>;
  idempotencyKey: string;
  basedOn: string;
  canStop: boolean;
  effectiveLabel: string;
};

const FIELD_IDS = { kind: "kind-amount", amount: "amount", percent: "percent" } as const;

/** Works without JavaScript (a plain form post); with it, errors appear in place and the summary gets focus. */
export function VoluntaryTaxForm({ action, idempotencyKey, basedOn, canStop, effectiveLabel }: Props) {
  const t = useTranslations("tax.form");
  const [state, formAction, pending] = useActionState(action, initialState);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.errors.length) summary.current?.focus();
  }, [state]);
  const errorFor = (field: "kind" | "amount" | "percent") => {
    const e = state.errors.find((x) => x.field === field);
    return e ? t(`errors.${e.code}`) : undefined;
  };
  return (
    // A new key after each answer makes the fields show exactly what was submitted.
    <form action={formAction} key={JSON.stringify(state)} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-24">
        {state.problem && (
          <Alert variant="error" role="alert">
            {t(state.problem)}
          </Alert>
        )}
        {state.errors.length > 0 && (
          <ErrorSummary ref={summary} heading={t("errorHeading")}>
            {state.errors.map((e) => (
              <ErrorSummaryItem key={e.field} href={`#${FIELD_IDS[e.field]}`}>
                {t(`errors.${e.code}`)}
              </ErrorSummaryItem>
            ))}
          </ErrorSummary>
        )}
        <RadioGroup legend={t("legend")} name="kind" defaultValue={state.values.kind || undefined} error={errorFor("kind")}>
          <Radio value="amount" id="kind-amount">{t("kindAmount")}</Radio>
          <Radio value="percent">{t("kindPercent")}</Radio>
          {canStop && <Radio value="stop">{t("kindStop")}</Radio>}
        </RadioGroup>
        <TextField id="amount" name="amount" label={t("amount")} description={t("amountDescription")} inputMode="numeric" autoComplete="off" htmlSize={10} defaultValue={state.values.amount} error={errorFor("amount")} />
        <TextField id="percent" name="percent" label={t("percent")} description={t("percentDescription")} inputMode="decimal" autoComplete="off" htmlSize={6} defaultValue={state.values.percent} error={errorFor("percent")} />
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
