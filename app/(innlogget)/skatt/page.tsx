import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Heading, Link, VStack } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { VoluntaryTaxForm } from "@/components/VoluntaryTaxForm";
import { NotInMandate } from "@/components/NotInMandate";
import { may } from "@/lib/server/data/access-log";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { taxOverview, voluntaryTaxRoom } from "@/lib/server/data/tax";
import { effectiveMonth, firstWithholdingMonth } from "@/lib/domain/voluntary-tax";
import { formatDate, formatMoney, formatMonth, formatNumber } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { submitVoluntaryTax } from "./actions";
import { FormMessages } from "@/components/form/FormMessages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tax");
  return { title: t("heading") };
}

export default async function TaxPage() {
  const user = await requirePage("/skatt");
  const t = await getTranslations("tax");
  const locale = toLocale(await getLocale());
  const day = today();
  const year = Number(day.slice(0, 4));
  const [overview, room] = await Promise.all([taxOverview(user, day), voluntaryTaxRoom(user, effectiveMonth(day))]);
  const from = effectiveMonth(day);
  const firstMonth = firstWithholdingMonth(day);
  const { card, yearToDate: ytd, voluntary } = overview;
  const cardText = !card
    ? t("cardMissing", { year })
    : card.basis.kind === "table"
      ? t("cardTable", { table: card.basis.table })
      : card.basis.kind === "percent"
        ? t("cardPercent", { percent: formatNumber(card.basis.percent, locale) })
        : t("cardFlat");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <VStack as="section" aria-labelledby="card-heading" gap="space-8">
        <Heading level="2" size="medium" id="card-heading">
          {t("cardHeading", { year })}
        </Heading>
        <BodyShort weight="semibold">{cardText}</BodyShort>
        {card && <BodyShort size="small">{t("cardSource", { source: card.source, date: formatDate(card.fetchedAt, locale) })}</BodyShort>}
        <Link href="https://www.skatteetaten.no/person/skatt/skattekort/">{t("cardChange")}</Link>
      </VStack>
      <VStack as="section" aria-labelledby="year-heading" gap="space-12">
        <Heading level="2" size="medium" id="year-heading">
          {t("yearHeading")}
        </Heading>
        <Table size="small" caption={t("yearHeading")}>
          <TableBody>
            {(
              [
                ["grossYear", ytd.grossOre],
                ["taxYear", ytd.taxOre],
                ["voluntaryYear", ytd.voluntaryTaxOre],
                ["deductionsYear", ytd.deductionsOre],
                ["netYear", ytd.netOre],
              ] as const
            )
              // Every line that makes up the net is shown, so the figures add up: gross − tax − deductions = net.
              .filter(([key, ore]) => ore !== 0 || key !== "deductionsYear")
              .map(([key, ore]) => (
                <TableRow key={key}>
                  <TableHeaderCell scope="row">{t(key)}</TableHeaderCell>
                  <TableDataCell align="right">{formatMoney(ore, locale)}</TableDataCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
        {overview.looksLow ? <Alert variant="warning">{t("lowWarning")}</Alert> : ytd.grossOre > 0 && <BodyShort>{t("lowOk")}</BodyShort>}
        <BodyShort size="small">{t("decemberNote")}</BodyShort>
      </VStack>
      <Box as="section" aria-labelledby="voluntary-heading" padding="space-24" borderWidth="1" borderColor="neutral-subtle" borderRadius="12">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="voluntary-heading">
            {t("voluntaryHeading")}
          </Heading>
          <BodyShort>
            {!voluntary
              ? t("voluntaryNone")
              : voluntary.tax.kind === "amount"
                ? t("voluntaryAmount", { amount: formatMoney(voluntary.tax.amountOre, locale), month: formatMonth(voluntary.fromMonth, locale) })
                : t("voluntaryPercent", { percent: formatNumber(voluntary.tax.percent, locale), month: formatMonth(voluntary.fromMonth, locale) })}
          </BodyShort>
          {user.acting && !may(user, "CHANGE_VOLUNTARY_TAX") ? (
            <NotInMandate name={user.acting.subjectName} />
          ) : (
            <FormMessages>
              <VoluntaryTaxForm
                action={submitVoluntaryTax}
                idempotencyKey={formKey(user)}
                basedOn={voluntary?.id ?? "none"}
                canStop={Boolean(voluntary)}
                effectiveLabel={
                  firstMonth === from
                    ? t("form.effectiveSame", { month: formatMonth(from, locale) })
                    : t("form.effective", { month: formatMonth(from, locale), firstMonth: formatMonth(firstMonth, locale) })
                }
                amountDescription={t("form.amountDescription", { max: formatMoney(room.maxAmountOre, locale) })}
                percentDescription={t("form.percentDescription", { maxPercent: formatNumber(room.maxPercent, locale) })}
              />
            </FormMessages>
          )}
        </VStack>
      </Box>
    </PageShell>
  );
}
