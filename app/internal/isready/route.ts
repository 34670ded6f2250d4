import { databaseAnswers } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Ready when the database answers; Nav's platform stops routing traffic otherwise. */
export async function GET() {
  const ready = await databaseAnswers();
  return new Response(ready ? "ready" : "database unavailable", { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } });
}
