import { getTranslations } from "next-intl/server";
import { TableDataCell, TableHeaderCell } from "@/components/ui/table";
import { type PaymentTotals } from "@/lib/domain/payment-lines";
import { formatMoney } from "@/lib/format";
import { type Locale } from "@/lib/i18n/locales";

/**
 * The four money columns every payment table has, in one order: gross, tax
 * withheld (ordinary + voluntary), other deductions and net. One place, so
 * every table adds up the same way (gross − tax − deductions = net).
 */
export async function MoneyHeaders() {
  const t = await getTranslations("payments");
  return (
    <>
      {(["gross", "tax", "deductions", "net"] as const).map((key) => (
        <TableHeaderCell key={key} scope="col" align="right">
          {t(key)}
        </TableHeaderCell>
      ))}
    </>
  );
}

export async function MoneyCells({ totals, locale }: { totals: PaymentTotals; locale: Locale }) {
  const t = await getTranslations("payments");
  return (
    <>
      <TableDataCell align="right" label={t("gross")}>
        {formatMoney(totals.grossOre, locale)}
      </TableDataCell>
      <TableDataCell align="right" label={t("tax")}>
        {formatMoney(totals.taxOre + totals.voluntaryTaxOre, locale)}
      </TableDataCell>
      <TableDataCell align="right" label={t("deductions")}>
        {formatMoney(totals.deductionsOre, locale)}
      </TableDataCell>
      <TableDataCell align="right" label={t("net")}>
        <strong>{formatMoney(totals.netOre, locale)}</strong>
      </TableDataCell>
    </>
  );
}
