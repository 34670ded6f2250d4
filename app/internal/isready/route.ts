import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Ready when the database answers; Nav's platform stops routing traffic otherwise. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return new Response("ready", { status: 200, headers: { "cache-control": "no-store" } });
  } catch {
    return new Response("database unavailable", { status: 503, headers: { "cache-control": "no-store" } });
  }
}
