import { MARGIN, taggedPdf } from "./tagged-pdf";
import { type Statement } from "../data/statements";
import { formatMoney, formatMonth, formatDate } from "../../format";
import { type Locale } from "../../i18n/locales";

export type PdfLabels = {
  title: string;
  forPerson: string;
  period: string;
  created: string;
  columns: [string, string, string, string, string, string];
  upcoming: string;
  total: string;
  note: string;
};

const COLUMN_WIDTHS = [95, 90, 80, 80, 75, 75];

/**
 * A tagged PDF (PDF/UA-style structure: headings, paragraphs and a real table
 * with header cells) with an embedded font, the document language and title,
 * so screen readers can read it. The person's name, never the identity number.
 */
export function statementPdf(statement: Statement, labels: PdfLabels, locale: Locale): Promise<Buffer> {
  const { doc, root, block: para, finish } = taggedPdf({ title: labels.title, subject: labels.period }, locale);

  para("H1", labels.title, 20, "bold");
  para("P", labels.forPerson, 12);
  para("P", labels.period, 12);
  para("P", labels.created, 10);
  doc.moveDown();

  const table = doc.struct("Table");
  root.add(table);
  const row = (cells: string[], header: boolean) => {
    if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
    const y = doc.y;
    const tr = doc.struct("TR");
    table.add(tr);
    let x = MARGIN;
    cells.forEach((text, i) => {
      const cellX = x;
      tr.add(
        doc.struct(header ? "TH" : "TD", {}, () =>
          doc
            .font(header ? "bold" : "regular")
            .fontSize(10)
            .text(text, cellX, y, { width: COLUMN_WIDTHS[i] - 6, align: i >= 2 ? "right" : "left", lineBreak: false }),
        ),
      );
      x += COLUMN_WIDTHS[i];
    });
    tr.end();
    doc.x = MARGIN;
    doc.y = y + 18;
  };
  row(labels.columns, true);
  for (const p of statement.payments) {
    row(
      [
        formatMonth(p.periodMonth, locale) + (p.upcoming ? ` (${labels.upcoming})` : ""),
        formatDate(p.date, locale),
        formatMoney(p.totals.grossOre, locale),
        formatMoney(p.totals.taxOre + p.totals.voluntaryTaxOre, locale),
        formatMoney(p.totals.deductionsOre, locale),
        formatMoney(p.totals.netOre, locale),
      ],
      false,
    );
  }
  const t = statement.totals;
  row(
    [
      labels.total,
      "",
      formatMoney(t.grossOre, locale),
      formatMoney(t.taxOre + t.voluntaryTaxOre, locale),
      formatMoney(t.deductionsOre, locale),
      formatMoney(t.netOre, locale),
    ],
    true,
  );
  table.end();
  doc.moveDown();
  para("P", labels.note, 10);
  return finish();
}
