"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, ErrorSummary, Radio, RadioGroup, Select, TextField, VStack, BodyShort } from "@navikt/ds-react";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { initialAccountState, type AccountField, type AccountFormState } from "@/app/konto/form-state";

type Props = {
  action: (state: AccountFormState, formData: FormData) => Promise<AccountFormState>;
  idempotencyKey: string;
  basedOn: string;
  countries: Array<{ code: string; name: string }>;
  currencies: readonly string[];
};

const fieldId = (f: AccountField) => (f === "kind" ? "kind-NORWEGIAN" : `account-${f}`);

/**
 * Norwegian or foreign account. Without JavaScript every field is shown; with
 * it, only the fields for the chosen kind. Errors are summarised and focused.
 */
export function AccountForm({ action, idempotencyKey, basedOn, countries, currencies }: Props) {
  const t = useTranslations("account.form");
  const [state, formAction, pending] = useActionState(action, initialAccountState);
  const [kind, setKind] = useState(state.values.kind);
  const [enhanced, setEnhanced] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => setEnhanced(true), []);
  useEffect(() => {
    setKind(state.values.kind);
    if (state.errors.length) summary.current?.focus();
  }, [state]);
  const error = (f: AccountField) => {
    const e = state.errors.find((x) => x.field === f);
    return e ? t(`errors.${e.code}`) : undefined;
  };
  const show = (k: "NORWEGIAN" | "FOREIGN") => !enhanced || kind === k;
  const v = state.values;
  return (
    <form action={formAction} key={JSON.stringify(state)} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-20">
        {state.problem && <Alert variant="error">{t(state.problem)}</Alert>}
        {state.errors.length > 0 && (
          <ErrorSummary ref={summary} heading={t("errorHeading")}>
            {state.errors.map((e) => (
              <ErrorSummaryItem key={e.field} href={`#${fieldId(e.field)}`}>
                {t(`errors.${e.code}`)}
              </ErrorSummaryItem>
            ))}
          </ErrorSummary>
        )}
        <RadioGroup legend={t("kind")} name="kind" defaultValue={v.kind || undefined} onChange={setKind} error={error("kind")}>
          <Radio value="NORWEGIAN" id="kind-NORWEGIAN">{t("kindNorwegian")}</Radio>
          <Radio value="FOREIGN">{t("kindForeign")}</Radio>
        </RadioGroup>
        {show("NORWEGIAN") && (
          <TextField id="account-accountNumber" name="accountNumber" label={t("accountNumber")} inputMode="numeric" autoComplete="off" htmlSize={16} defaultValue={v.accountNumber} error={error("accountNumber")} />
        )}
        {show("FOREIGN") && (
          <>
            <Select id="account-country" name="country" label={t("country")} defaultValue={v.country} error={error("country")}>
              <option value="">{t("countryChoose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>{c.name}</option>
              ))}
            </Select>
            <TextField id="account-iban" name="iban" label={t("iban")} description={t("ibanDescription")} autoComplete="off" defaultValue={v.iban} error={error("iban")} />
            <TextField id="account-foreignNumber" name="foreignNumber" label={t("foreignNumber")} autoComplete="off" defaultValue={v.foreignNumber} error={error("foreignNumber")} />
            <TextField id="account-bic" name="bic" label={t("bic")} description={t("bicDescription")} autoComplete="off" htmlSize={14} defaultValue={v.bic} error={error("bic")} />
            <TextField id="account-bankName" name="bankName" label={t("bankName")} autoComplete="off" defaultValue={v.bankName} error={error("bankName")} />
            <Select id="account-currency" name="currency" label={t("currency")} defaultValue={v.currency} error={error("currency")}>
              <option value="">{t("currencyChoose")}</option>
              {currencies.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </Select>
            <BodyShort size="small">{t("foreignNote")}</BodyShort>
          </>
        )}
        <div>
          <Button type="submit" loading={pending}>{t("submit")}</Button>
        </div>
      </VStack>
    </form>
  );
}
