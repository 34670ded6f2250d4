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
 * pdfkit parses a font's tables anew for every document (fontkit.create); for
 * a one-page statement that was a third of the CPU. The parsed fonts are kept
 * here and given to each document as its "regular" and "bold", each with a
 * subset of its own (what gets embedded is still only the glyphs the document
 * uses). pdfkit has no public way to pass a parsed font, so this sets the two
 * fonts where `doc.font(name)` looks them up. If pdfkit's insides ever differ
 * from what this expects, documents fall back to registering the fonts the
 * ordinary way (slower, same output); the statement tests read the PDFs either way.
 */
type EmbeddedFontClass = new (doc: unknown, font: unknown, id: string) => unknown;
type FontDoc = {
  _font: { constructor: EmbeddedFontClass; font: unknown } | null;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
};
let parsed: { Embedded: EmbeddedFontClass; regular: unknown; bold: unknown } | null | undefined;

function parsedFonts() {
  if (parsed !== undefined) return parsed;
  try {
    const { regular, bold } = loadFonts();
    const probe = new PDFDocument({ font: "" }) as unknown as FontDoc & PDFKit.PDFDocument;
    probe.registerFont("regular", regular).registerFont("bold", bold);
    const regularFont = probe.font("regular") && (probe as FontDoc)._font;
    const boldFont = probe.font("bold") && (probe as FontDoc)._font;
    parsed = regularFont && boldFont ? { Embedded: regularFont.constructor, regular: regularFont.font, bold: boldFont.font } : null;
  } catch {
    parsed = null;
  }
  return parsed;
}

function giveFonts(doc: PDFKit.PDFDocument) {
  const { regular, bold } = loadFonts();
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  const cache = parsedFonts();
  const inside = doc as unknown as FontDoc;
  if (!cache || typeof inside._fontFamilies !== "object" || typeof inside._fontCount !== "number") return;
  inside._fontFamilies.regular = new cache.Embedded(doc, cache.regular, `F${++inside._fontCount}`);
  inside._fontFamilies.bold = new cache.Embedded(doc, cache.bold, `F${++inside._fontCount}`);
}

/**
 * A tagged PDF (structure tree, marked content, language, title shown) with an
 * embedded self-hosted font, so screen readers can read it.
 */
export function taggedPdf(info: { title: string; subject: string }, locale: Locale) {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    pdfVersion: "1.7",
    tagged: true,
    lang: intlTag(locale),
    displayTitle: true,
    // No default font (pdfkit would load Helvetica); every text below names "regular" or "bold".
    font: "",
    info: { Title: info.title, Author: "Nav", Subject: info.subject, Creator: "Din pensjon" },
  });
  giveFonts(doc);
  doc.font("regular");
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
