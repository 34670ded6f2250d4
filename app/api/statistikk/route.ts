import { cookies } from "next/headers";
import { db } from "@/lib/server/db";
import { normalizePath, STATS_COOKIE } from "@/lib/statistics";
import { today } from "@/lib/clock";

/** Counts a page view, and only when the visitor has said yes to statistics (checked here, not only in the browser). */
export async function POST(req: Request) {
  if ((await cookies()).get(STATS_COOKIE)?.value !== "ja") return new Response(null, { status: 204 });
  const path = normalizePath((await req.text()).slice(0, 300));
  if (!path) return new Response(null, { status: 400 });
  const day = new Date(`${today()}T00:00:00Z`);
  await db().pageViewCount.upsert({ where: { day_path: { day, path } }, create: { day, path, count: 1 }, update: { count: { increment: 1 } } });
  return new Response(null, { status: 204 });
}
