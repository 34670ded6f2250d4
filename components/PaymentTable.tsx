import { getTranslations } from "next-intl/server";
import { Link, Tag } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDate, formatMonth } from "@/lib/format";
import { MoneyCells, MoneyHeaders } from "./MoneyColumns";
import { type Locale } from "@/lib/i18n/locales";
import { type PaymentTotals } from "@/lib/domain/payment-lines";

export type PaymentRowView = {
  id: string;
  periodMonth: string;
  date: string;
  estimatedDate: boolean;
  upcoming: boolean;
  totals: PaymentTotals;
};

/** Payments with gross, tax withheld (ordinary + voluntary), other deductions and net. */
export async function PaymentTable({
  payments,
  locale,
  caption,
  linkToDetails = false,
}: {
  payments: PaymentRowView[];
  locale: Locale;
  caption: string;
  linkToDetails?: boolean;
}) {
  const t = await getTranslations("payments");
  return (
    <Table zebraStripes reflow="stack" caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("month")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t("date")}</TableHeaderCell>
          <MoneyHeaders />
        </TableRow>
      </TableHeader>
      <TableBody>
        {payments.map((p) => (
          <TableRow key={p.id}>
            <TableHeaderCell scope="row">
              {linkToDetails ? (
                <Link href={`/utbetalinger/${p.periodMonth}`} aria-label={t("openDetails", { month: formatMonth(p.periodMonth, locale) })}>
                  {formatMonth(p.periodMonth, locale)}
                </Link>
              ) : (
                formatMonth(p.periodMonth, locale)
              )}
              {p.upcoming && (
                <>
                  {" "}
                  <Tag size="xsmall" variant="info">
                    {t("upcoming")}
                  </Tag>
                </>
              )}
            </TableHeaderCell>
            <TableDataCell label={t("date")}>
              {formatDate(p.date, locale)}
              {p.estimatedDate && ` (${t("estimated")})`}
            </TableDataCell>
            <MoneyCells totals={p.totals} locale={locale} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
