import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { decode } from "next-auth/jwt";
import { config } from "@/lib/server/config";
import { sessionCookieName } from "@/lib/server/auth/current-user";
import { revokeSession } from "@/lib/server/auth/sessions";
import { idportenMetadata } from "@/lib/server/auth/idporten";
import { logError } from "@/lib/server/log";

export const dynamic = "force-dynamic";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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
  const endSession = idToken ? await idportenMetadata().then((m) => m.end_session_endpoint ?? null).catch(() => null) : null;
  if (!idToken || !endSession) return Response.redirect(new URL("/logget-ut", config().portalUrl), 303);
  const t = await getTranslations("loggedOut");
  const fields = { id_token_hint: idToken, post_logout_redirect_uri: `${config().portalUrl}/logget-ut`, client_id: config().clientId };
  const html = `<!doctype html><html lang="${t("lang")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t("continueTitle"))}</title><meta name="referrer" content="no-referrer"><script src="/auto-submit.js" defer></script></head>
<body style="font-family: sans-serif; margin: 2rem; max-width: 40rem; line-height: 1.5"><main><h1>${escape(t("continueTitle"))}</h1><p>${escape(t("continueText"))}</p>
<form method="post" action="${escape(endSession)}" data-auto-submit>${Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${k}" value="${escape(v)}">`).join("")}
<button type="submit" style="font-size: 1.125rem; padding: 0.75rem 1.25rem">${escape(t("continueButton"))}</button></form></main></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

/** Nothing changes on GET: someone who opens the address is shown the logged-out page's explanation. */
export function GET() {
  return Response.redirect(new URL("/", config().portalUrl), 303);
}
