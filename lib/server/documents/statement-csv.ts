import { type Statement } from "../data/statements";
import { type Locale } from "../../i18n/locales";

export type CsvLabels = {
  month: string;
  date: string;
  gross: string;
  tax: string;
  voluntaryTax: string;
  deductions: string;
  net: string;
  upcoming: string;
  total: string;
};

/** Kroner with two decimals: a comma and semicolons for Norwegian spreadsheets, a dot and commas in English. */
function amount(ore: number, locale: Locale): string {
  const s = (ore / 100).toFixed(2);
  return locale === "nb" ? s.replace(".", ",") : s;
}

function cell(value: string, sep: string): string {
  return /["\n\r]/.test(value) || value.includes(sep) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The statement as CSV, one row per payment and a total row, with a BOM so spreadsheets read UTF-8. */
export function statementCsv(statement: Statement, labels: CsvLabels, locale: Locale): string {
  const sep = locale === "nb" ? ";" : ",";
  const header = [labels.month, labels.date, labels.gross, labels.tax, labels.voluntaryTax, labels.deductions, labels.net, labels.upcoming];
  const rows = statement.payments.map((p) => [
    p.periodMonth,
    p.date,
    amount(p.totals.grossOre, locale),
    amount(p.totals.taxOre, locale),
    amount(p.totals.voluntaryTaxOre, locale),
    amount(p.totals.deductionsOre, locale),
    amount(p.totals.netOre, locale),
    p.upcoming ? labels.upcoming : "",
  ]);
  const t = statement.totals;
  const total = [
    labels.total,
    "",
    amount(t.grossOre, locale),
    amount(t.taxOre, locale),
    amount(t.voluntaryTaxOre, locale),
    amount(t.deductionsOre, locale),
    amount(t.netOre, locale),
    "",
  ];
  return "\uFEFF" + [header, ...rows, total].map((r) => r.map((c) => cell(c, sep)).join(sep)).join("\r\n") + "\r\n";
}
