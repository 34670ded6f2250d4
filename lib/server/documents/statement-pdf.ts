import path from "node:path";
import PDFDocument from "pdfkit";
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

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-sans-3", "files");
const REGULAR = path.join(FONT_DIR, "source-sans-3-latin-400-normal.woff");
const BOLD = path.join(FONT_DIR, "source-sans-3-latin-700-normal.woff");

const MARGIN = 50;
const COLUMN_WIDTHS = [95, 90, 80, 80, 75, 75];

/**
 * A tagged PDF (PDF/UA-style structure: headings, paragraphs and a real table
 * with header cells) with an embedded font, the document language and title,
 * so screen readers can read it. The person's name, never the identity number.
 */
export function statementPdf(statement: Statement, labels: PdfLabels, locale: Locale): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: locale === "en" ? "en-GB" : "nb-NO",
    displayTitle: true,
    font: REGULAR,
    info: { Title: labels.title, Author: "Nav", Subject: labels.period, Creator: "Din pensjon" },
  });
  doc.registerFont("regular", REGULAR);
  doc.registerFont("bold", BOLD);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const root = doc.struct("Document");
  doc.addStructure(root);
  const para = (type: "H1" | "P", text: string, size: number, font: "regular" | "bold" = "regular") =>
    root.add(doc.struct(type, {}, () => doc.font(font).fontSize(size).text(text, { width: doc.page.width - 2 * MARGIN })));

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
          doc.font(header ? "bold" : "regular").fontSize(10).text(text, cellX, y, { width: COLUMN_WIDTHS[i] - 6, align: i >= 2 ? "right" : "left", lineBreak: false }),
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
  row([labels.total, "", formatMoney(t.grossOre, locale), formatMoney(t.taxOre + t.voluntaryTaxOre, locale), formatMoney(t.deductionsOre, locale), formatMoney(t.netOre, locale)], true);
  table.end();
  doc.moveDown();
  para("P", labels.note, 10);
  root.end();
  doc.end();
  return done;
}
