import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Heading, VStack } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { AccountForm } from "@/components/AccountForm";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { accountHistory, recentAccountChange } from "@/lib/server/data/bank-account";
import { CURRENCIES, FOREIGN_COUNTRIES, firstPaymentToNewAccount } from "@/lib/domain/account-change";
import { formatCountry, formatDate, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { submitAccountChange } from "./actions";
import { FormMessages } from "@/components/form/FormMessages";
import { NotInMandate } from "@/components/NotInMandate";
import { may } from "@/lib/server/data/access-log";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("heading") };
}

export default async function AccountPage() {
  const user = await requirePage("/konto");
  const t = await getTranslations("account");
  const locale = toLocale(await getLocale());
  const day = today();
  const [{ current, history }, recent] = await Promise.all([accountHistory(user), recentAccountChange(user, day)]);
  const country = (code: string) => formatCountry(code, locale);
  const countries = FOREIGN_COUNTRIES.map((code) => ({ code, name: country(code) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      {recent && <Alert variant="warning">{t("recentChange", { date: formatDate(recent, locale) })}</Alert>}
      <BodyLong>{t("lead")}</BodyLong>
      <VStack as="section" aria-labelledby="current-heading" gap="space-8">
        <Heading level="2" size="medium" id="current-heading">
          {t("current")}
        </Heading>
        <BodyShort weight="semibold">
          {!current
            ? t("none")
            : current.foreign
              ? t("currentForeign", {
                  account: current.masked,
                  bank: current.bankName ?? "",
                  country: country(current.countryCode),
                  currency: current.currency,
                  date: formatDate(current.validFrom, locale),
                })
              : t("currentValue", { account: current.masked, date: formatDate(current.validFrom, locale) })}
        </BodyShort>
      </VStack>
      {history.length > 1 && (
        <Table size="small" reflow="stack" caption={t("historyCaption")} showCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("historyAccount")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("historyFrom")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("historyTo")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.map((a) => (
              <TableRow key={a.id}>
                <TableHeaderCell scope="row" label={t("historyAccount")}>
                  {a.masked}
                  {a.foreign ? ` (${country(a.countryCode)})` : ""}
                </TableHeaderCell>
                <TableDataCell label={t("historyFrom")}>{formatDate(a.validFrom, locale)}</TableDataCell>
                <TableDataCell label={t("historyTo")}>{a.validTo ? formatDate(a.validTo, locale) : t("historyInUse")}</TableDataCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Box as="section" aria-labelledby="change-heading" padding="space-24" borderWidth="1" borderColor="neutral-subtle" borderRadius="12">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="change-heading">
            {t("changeHeading")}
          </Heading>
          <BodyShort>{t("firstPayment", { month: formatMonth(firstPaymentToNewAccount(day), locale) })}</BodyShort>
          {user.acting && !may(user, "CHANGE_BANK_ACCOUNT") ? (
            <NotInMandate name={user.acting.subjectName} />
          ) : (
            <FormMessages>
              <AccountForm
                action={submitAccountChange}
                idempotencyKey={formKey(user)}
                basedOn={current?.id ?? "none"}
                countries={countries}
                currencies={CURRENCIES}
              />
            </FormMessages>
          )}
        </VStack>
      </Box>
    </PageShell>
  );
}
