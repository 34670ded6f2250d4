import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { YearChart } from "@/components/YearChart";
import { requirePage } from "@/lib/server/auth/current-user";
import { yearSummaries } from "@/lib/server/data/statements";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { MoneyCells, MoneyHeaders } from "@/components/MoneyColumns";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("yearSummary");
  return { title: t("heading") };
}

export default async function YearSummaryPage() {
  const user = await requirePage("/utbetalinger/arsoversikt");
  const t = await getTranslations("yearSummary");
  const locale = toLocale(await getLocale());
  const years = await yearSummaries(user, today());
  return (
    <PageShell>
      <Link href="/utbetalinger" className="no-print">
        {t("back")}
      </Link>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {years.length === 0 ? (
        <BodyLong>{t("empty")}</BodyLong>
      ) : (
        <>
          <YearChart
            bars={years.map((y) => ({ year: y.year, netOre: y.totals.netOre }))}
            locale={locale}
            title={t("chartTitle")}
            description={t("chartDescription")}
          />
          <Table zebraStripes reflow="stack" caption={t("caption")} showCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("year")}</TableHeaderCell>
                <TableHeaderCell scope="col" align="right">
                  {t("count")}
                </TableHeaderCell>
                <MoneyHeaders />
              </TableRow>
            </TableHeader>
            <TableBody>
              {years.map((y) => (
                <TableRow key={y.year}>
                  <TableHeaderCell scope="row">{y.year}</TableHeaderCell>
                  <TableDataCell align="right" label={t("count")}>
                    {y.payments}
                  </TableDataCell>
                  <MoneyCells totals={y.totals} locale={locale} />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </PageShell>
  );
}
