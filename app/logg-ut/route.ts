import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { config } from "@/lib/server/config";
import { sessionCookieName } from "@/lib/server/auth/current-user";
import { revokeSession } from "@/lib/server/auth/sessions";
import { idportenMetadata } from "@/lib/server/auth/idporten";
import { logError } from "@/lib/server/log";

export const dynamic = "force-dynamic";

/**
 * Logging out: a POST from the header's form (never a GET, so a link or an
 * image cannot log anyone out). The server session ends first and the cookie
 * is always cleared, even when the database cannot be reached. Then the
 * browser is sent on to end the session at ID-porten with a form POST: the ID
 * token (which names the person) travels in the request body, never in a URL,
 * the browser history or a log.
 */
export async function POST(req: Request) {
  const origin = req.headers.get("origin");
  if (origin && origin !== new URL(config().portalUrl).origin) return new Response("Forbidden", { status: 403 });
  const store = await cookies();
  const raw = store.get(sessionCookieName())?.value;
  store.delete(sessionCookieName());
  let idToken: string | null = null;
  try {
    const token = raw ? await decode({ token: raw, secret: config().authSecret }) : null;
    if (typeof token?.sessionId === "string") idToken = await revokeSession(token.sessionId);
  } catch (error) {
    logError("logout: could not end the server session", error);
  }
  const endSession = idToken
    ? await idportenMetadata()
        .then((m) => m.end_session_endpoint ?? null)
        .catch(() => null)
    : null;
  if (!idToken || !endSession) return Response.redirect(new URL("/logget-ut", config().portalUrl), 303);
  // RP-initiated logout identified by client_id: the ID token (which names the person) is never put in a URL.
  const url = new URL(endSession);
  url.searchParams.set("client_id", config().clientId);
  url.searchParams.set("post_logout_redirect_uri", `${config().portalUrl}/logget-ut`);
  return new Response(null, { status: 303, headers: { location: url.toString(), "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

/** Nothing changes on GET: someone who opens the address is shown the logged-out page's explanation. */
export function GET() {
  return Response.redirect(new URL("/", config().portalUrl), 303);
}
