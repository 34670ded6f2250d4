"use client";

import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, Select, TextField, VStack, BodyShort } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { ACCOUNT_FIELDS, type AccountField } from "@/lib/domain/account-fields";
import { useForm } from "./form/useForm";
import { CountrySelect } from "./form/CountrySelect";

type Props = {
  action: (state: FormState<AccountField>, formData: FormData) => Promise<FormState<AccountField>>;
  idempotencyKey: string;
  basedOn: string;
  countries: Array<{ code: string; name: string }>;
  currencies: readonly string[];
};

const fieldId = (f: AccountField) => (f === "kind" ? "kind-NORWEGIAN" : `account-${f}`);

/**
 * Norwegian or foreign account. Every field is in the page; which kind's
 * fields show follows the chosen radio through CSS (`data-kind-fields` in
 * globals.css), so the choice holds before the page's JavaScript has loaded,
 * while it loads and without it. A browser without `:has()` shows them all,
 * and the server reads only the chosen kind's fields. Errors are summarised
 * and focused.
 */
export function AccountForm({ action, idempotencyKey, basedOn, countries, currencies }: Props) {
  const t = useTranslations("account.form");
  const { formAction, pending, field, group, feedback, key } = useForm(action, Object.keys(ACCOUNT_FIELDS) as AccountField[], "account.form", fieldId);
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-20">
        {feedback}
        <RadioGroup {...group("kind")} legend={t("kind")}>
          <Radio value="NORWEGIAN" id="kind-NORWEGIAN">
            {t("kindNorwegian")}
          </Radio>
          <Radio value="FOREIGN">{t("kindForeign")}</Radio>
        </RadioGroup>
        <div data-kind-fields="NORWEGIAN">
          <TextField {...field("accountNumber")} label={t("accountNumber")} inputMode="numeric" autoComplete="off" htmlSize={16} />
        </div>
        <VStack gap="space-20" data-kind-fields="FOREIGN">
          <CountrySelect {...field("country")} label={t("country")} choose={t("countryChoose")} countries={countries} />
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
        </VStack>
        <div>
          <Button type="submit" loading={pending}>
            {t("submit")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
