import { NextResponse } from "next/server";
import { sessionIdFromCookie } from "@/lib/server/auth/current-user";
import { extendSession, sessionTimes } from "@/lib/server/auth/sessions";
import { config } from "@/lib/server/config";

/**
 * The session timeout warning (components/SessionTimeout.tsx) asks here.
 * GET tells when the session ends without extending it (another tab may
 * have used it); POST is "stay logged in" and restarts the idle limit.
 * Neither says anything about who the user is.
 */
const noStore = { "cache-control": "no-store" };

function answer(times: { idleEndsAt: Date; endsAt: Date } | null) {
  if (!times) return NextResponse.json({ active: false }, { status: 401, headers: noStore });
  return NextResponse.json(
    { active: true, idleEndsAt: times.idleEndsAt.toISOString(), endsAt: times.endsAt.toISOString(), now: new Date().toISOString() },
    { headers: noStore },
  );
}

export async function GET() {
  const id = await sessionIdFromCookie();
  return answer(id ? await sessionTimes(id) : null);
}

export async function POST(req: Request) {
  const origin = req.headers.get("origin");
  if (origin !== new URL(config().portalUrl).origin) return new Response("Forbidden", { status: 403 });
  const id = await sessionIdFromCookie();
  return answer(id ? await extendSession(id) : null);
}
