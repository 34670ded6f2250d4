"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, Select, TextField, VStack, BodyShort } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { ACCOUNT_FIELDS, type AccountField } from "@/lib/domain/account-fields";
import { useForm } from "./form/useForm";

type Props = {
  action: (state: FormState<AccountField>, formData: FormData) => Promise<FormState<AccountField>>;
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
const noSubscription = () => () => {};

export function AccountForm({ action, idempotencyKey, basedOn, countries, currencies }: Props) {
  const t = useTranslations("account.form");
  const { state, formAction, pending, field, group, feedback, key } = useForm(action, Object.keys(ACCOUNT_FIELDS) as AccountField[], "account.form", fieldId);
  // The chosen kind follows the user's clicks, and is reset to what was submitted when an answer comes back.
  const [kind, setKind] = useState(state.values.kind);
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setKind(state.values.kind);
  }
  // True once the page runs JavaScript in the browser (false on the server and without JavaScript).
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const show = (k: "NORWEGIAN" | "FOREIGN") => !enhanced || kind === k;
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-20">
        {feedback}
        <RadioGroup {...group("kind")} legend={t("kind")} onChange={setKind}>
          <Radio value="NORWEGIAN" id="kind-NORWEGIAN">
            {t("kindNorwegian")}
          </Radio>
          <Radio value="FOREIGN">{t("kindForeign")}</Radio>
        </RadioGroup>
        {show("NORWEGIAN") && <TextField {...field("accountNumber")} label={t("accountNumber")} inputMode="numeric" autoComplete="off" htmlSize={16} />}
        {show("FOREIGN") && (
          <>
            <Select {...field("country")} label={t("country")}>
              <option value="">{t("countryChoose")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </Select>
            <TextField {...field("iban")} label={t("iban")} description={t("ibanDescription")} autoComplete="off" />
            <TextField {...field("foreignNumber")} label={t("foreignNumber")} autoComplete="off" />
            <TextField {...field("bic")} label={t("bic")} description={t("bicDescription")} autoComplete="off" htmlSize={14} />
            <TextField {...field("bankName")} label={t("bankName")} autoComplete="off" />
            <Select {...field("currency")} label={t("currency")}>
              <option value="">{t("currencyChoose")}</option>
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
            <BodyShort size="small">{t("foreignNote")}</BodyShort>
          </>
        )}
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
