import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatMoney, formatMonth, formatNumber } from "@/lib/format";
import { type Locale } from "@/lib/i18n/locales";
import { type PaymentLine, type PaymentTotals } from "@/lib/domain/payment-lines";
import { byCode } from "@/lib/i18n/by-code";

/** The lines of one payment: what was paid, what was withheld and why. */
export async function PaymentLines({ lines, totals, locale, caption }: { lines: PaymentLine[]; totals: PaymentTotals; locale: Locale; caption: string }) {
  const t = await getTranslations("payments");
  const tl = await getTranslations("lines");
  const taxBasis = (basis: string | null | undefined) => {
    if (!basis) return null;
    const [kind, value] = basis.split(":");
    if (kind === "table") return t("taxBasisTable", { table: value });
    if (kind === "percent") return t("taxBasisPercent", { percent: formatNumber(Number(value), locale) });
    return t("taxBasisFlat");
  };
  return (
    <Table size="small" caption={caption} showCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t("line")}</TableHeaderCell>
          <TableHeaderCell scope="col" align="right">
            {t("amount")}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {lines.map((line, i) => (
          <TableRow key={i}>
            <TableHeaderCell scope="row">
              {byCode(tl, line.code)}
              {line.forMonth && ` – ${t("backPayFor", { month: formatMonth(line.forMonth, locale) })}`}
              {line.recipient && ` – ${t("recipientNote", { recipient: line.recipient })}`}
              {line.taxBasis && ` (${taxBasis(line.taxBasis)})`}
            </TableHeaderCell>
            <TableDataCell align="right">{formatMoney(line.amountOre, locale)}</TableDataCell>
          </TableRow>
        ))}
        <TableRow>
          <TableHeaderCell scope="row">{t("net")}</TableHeaderCell>
          <TableDataCell align="right">
            <strong>{formatMoney(totals.netOre, locale)}</strong>
          </TableDataCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
