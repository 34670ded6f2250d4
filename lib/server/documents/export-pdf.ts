import { type Locale } from "../../i18n/locales";
import { taggedPdf } from "./tagged-pdf";

export type ExportSection = { heading: string; lines: string[] };

/** The readable copy of everything: one heading per group, one paragraph per fact. */
export function exportPdf(title: string, intro: string, sections: ExportSection[], locale: Locale): Promise<Buffer> {
  const { doc, block, finish } = taggedPdf({ title, subject: intro }, locale);
  block("H1", title, 20, "bold");
  block("P", intro, 11);
  for (const section of sections) {
    doc.moveDown(0.8);
    block("H2", section.heading, 14, "bold");
    for (const line of section.lines) block("P", line, 10);
  }
  return finish();
}
