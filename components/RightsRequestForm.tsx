"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, ErrorSummary, Radio, RadioGroup, Select, Textarea, VStack } from "@navikt/ds-react";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { type RightsState } from "@/app/mine-data/rettigheter/actions";
import { DATA_ITEMS, RIGHTS } from "@/lib/domain/privacy-request";

const IDS: Record<string, string> = { right: "right-RECTIFICATION", item: "rights-item", reason: "rights-reason" };

export function RightsRequestForm({ action, idempotencyKey }: { action: (s: RightsState, f: FormData) => Promise<RightsState>; idempotencyKey: string }) {
  const t = useTranslations("rightsRequest");
  const [state, formAction, pending] = useActionState(action, { values: { right: "", item: "", reason: "" }, errors: [] });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.errors.length) summary.current?.focus();
  }, [state]);
  const error = (f: string) => {
    const e = state.errors.find((x) => x.field === f);
    return e ? t(`errors.${e.code}`) : undefined;
  };
  return (
    <form action={formAction} key={JSON.stringify(state)} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <VStack gap="space-20">
        {state.failed && <Alert variant="error">{t("failed")}</Alert>}
        {state.errors.length > 0 && (
          <ErrorSummary ref={summary} heading={t("errorHeading")}>
            {state.errors.map((e) => (
              <ErrorSummaryItem key={e.field} href={`#${IDS[e.field]}`}>{t(`errors.${e.code}`)}</ErrorSummaryItem>
            ))}
          </ErrorSummary>
        )}
        <RadioGroup legend={t("right")} name="right" defaultValue={state.values.right || undefined} error={error("right")}>
          {RIGHTS.map((r) => (
            <Radio key={r} value={r} id={`right-${r}`}>{t(`rights.${r}`)}</Radio>
          ))}
        </RadioGroup>
        <Select id="rights-item" name="item" label={t("item")} defaultValue={state.values.item} error={error("item")}>
          <option value="">{t("itemChoose")}</option>
          {DATA_ITEMS.map((i) => (
            <option key={i} value={i}>{t(`items.${i}`)}</option>
          ))}
        </Select>
        <Textarea id="rights-reason" name="reason" label={t("reason")} description={t("reasonDescription")} maxLength={2000} defaultValue={state.values.reason} error={error("reason")} />
        <div>
          <Button type="submit" loading={pending}>{t("submit")}</Button>
        </div>
      </VStack>
    </form>
  );
}
