import { attachment, statementFor } from "@/lib/server/documents/statement-request";
import { statementPdf } from "@/lib/server/documents/statement-pdf";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const result = await statementFor(req);
  if (result.error) return result.error;
  const pdf = await statementPdf(result.statement, result.labels.pdf, result.labels.locale);
  return attachment(new Uint8Array(pdf), "application/pdf", result.labels.pdfName);
}
