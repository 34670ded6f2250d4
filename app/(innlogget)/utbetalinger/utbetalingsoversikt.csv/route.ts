import { attachment, statementFor } from "@/lib/server/documents/statement-request";
import { statementCsv } from "@/lib/server/documents/statement-csv";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const result = await statementFor(req);
  if (result.error) return result.error;
  const csv = statementCsv(result.statement, result.labels.csv, result.labels.locale);
  return attachment(csv, "text/csv; charset=utf-8", result.labels.csvName);
}
