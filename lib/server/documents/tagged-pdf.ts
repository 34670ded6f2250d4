import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { woffToSfnt } from "./woff";
import { intlTag, type Locale } from "../../i18n/locales";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-sans-3", "files");
const REGULAR = path.join(FONT_DIR, "source-sans-3-latin-400-normal.woff");
const BOLD = path.join(FONT_DIR, "source-sans-3-latin-700-normal.woff");
export const MARGIN = 50;

// The fonts, unwrapped from WOFF once per process rather than for every document.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: woffToSfnt(fs.readFileSync(REGULAR)), bold: woffToSfnt(fs.readFileSync(BOLD)) });

/**
 * A tagged PDF (structure tree, marked content, language, title shown) with an
 * embedded self-hosted font, so screen readers can read it.
 */
export function taggedPdf(info: { title: string; subject: string }, locale: Locale) {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: intlTag(locale),
    displayTitle: true,
    font: regular as unknown as string,
    info: { Title: info.title, Author: "Nav", Subject: info.subject, Creator: "Din pensjon" },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const root = doc.struct("Document");
  doc.addStructure(root);
  const block = (type: "H1" | "H2" | "P", text: string, size: number, font: "regular" | "bold" = "regular") =>
    root.add(
      doc.struct(type, {}, () =>
        doc
          .font(font)
          .fontSize(size)
          .text(text, { width: doc.page.width - 2 * MARGIN }),
      ),
    );
  const finish = () => {
    root.end();
    doc.end();
    return done;
  };
  return { doc, root, block, finish };
}
