import { cookies } from "next/headers";
import { normalizePath, STATS_COOKIE } from "@/lib/statistics";
import { countPageView } from "@/lib/server/data/statistics";
import { checkRateLimit, clientAddress } from "@/lib/server/rate-limit";
import { today } from "@/lib/clock";

/**
 * Counts a page view, and only when the visitor has said yes to statistics
 * (checked here, not only in the browser), only for the portal's own pages,
 * and at most so often per client address.
 */
export async function POST(req: Request) {
  if ((await cookies()).get(STATS_COOKIE)?.value !== "ja") return new Response(null, { status: 204 });
  const path = normalizePath((await req.text()).slice(0, 300));
  if (!path) return new Response(null, { status: 400 });
  if (!(await checkRateLimit("anonymousWrite", await clientAddress()))) return new Response(null, { status: 429 });
  await countPageView(today(), path);
  return new Response(null, { status: 204 });
}
