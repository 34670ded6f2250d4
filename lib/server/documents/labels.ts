import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatMonth } from "../../format";
import { toLocale } from "../../i18n/locales";
import { type Statement } from "../data/statements";
import { type CsvLabels } from "./statement-csv";
import { type PdfLabels } from "./statement-pdf";

/** The translated texts for a statement, in the user's language. */
export async function statementLabels(statement: Statement, today: string) {
  const locale = toLocale(await getLocale());
  const t = await getTranslations("statement");
  const tp = await getTranslations("payments");
  const tl = await getTranslations("lines");
  const range = { from: statement.period.from, to: statement.period.to };
  const pdf: PdfLabels = {
    title: t("title"),
    forPerson: t("forPerson", { name: statement.name }),
    period: t("period", { from: formatMonth(range.from, locale), to: formatMonth(range.to, locale) }),
    created: t("created", { date: formatDate(today, locale) }),
    columns: [tp("month"), tp("date"), tp("gross"), tp("tax"), tp("deductions"), tp("net")],
    upcoming: tp("upcoming").toLocaleLowerCase(),
    total: t("total"),
    note: t("note"),
  };
  const csv: CsvLabels = {
    month: tp("month"),
    date: tp("date"),
    gross: tp("gross"),
    tax: tl("ordinaryTax"),
    voluntaryTax: tl("voluntaryTax"),
    deductions: tp("deductions"),
    net: tp("net"),
    upcoming: tp("upcoming"),
    total: t("total"),
  };
  return { locale, pdf, csv, pdfName: t("filePdf", range), csvName: t("fileCsv", range) };
}
