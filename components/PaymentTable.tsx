import { getTranslations } from "next-intl/server";
import { Link, Tag } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatDate, formatMoney, formatMonth } from "@/lib/format";
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
          <TableHeaderCell scope="col" align="right">
            {t("gross")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="right">
            {t("tax")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="right">
            {t("deductions")}
          </TableHeaderCell>
          <TableHeaderCell scope="col" align="right">
            {t("net")}
          </TableHeaderCell>
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
            <TableDataCell align="right" label={t("gross")}>
              {formatMoney(p.totals.grossOre, locale)}
            </TableDataCell>
            <TableDataCell align="right" label={t("tax")}>
              {formatMoney(p.totals.taxOre + p.totals.voluntaryTaxOre, locale)}
            </TableDataCell>
            <TableDataCell align="right" label={t("deductions")}>
              {formatMoney(p.totals.deductionsOre, locale)}
            </TableDataCell>
            <TableDataCell align="right" label={t("net")}>
              <strong>{formatMoney(p.totals.netOre, locale)}</strong>
            </TableDataCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
