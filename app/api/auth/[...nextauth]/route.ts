import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { PROVIDER_ID } from "@/lib/server/auth/options";
import { config } from "@/lib/server/config";
import { checkRateLimit, clientAddress } from "@/lib/server/rate-limit";
import { safeReturnPath } from "@/lib/server/auth/policy";

type Ctx = { params: Promise<{ nextauth: string[] }> };

const nextAuth = (req: Request, ctx: Ctx) => NextAuth(req as never, ctx as never, authOptions());
const ctxFor = (...nextauth: string[]): Ctx => ({ params: Promise.resolve({ nextauth }) });
const notFound = () => new Response("Not found", { status: 404 });

/** Only the two routes the portal uses are open: starting a login and ID-porten's callback. Logout is /logg-ut. */
export async function GET(req: Request, ctx: Ctx) {
  const path = (await ctx.params).nextauth.join("/");
  if (path !== `callback/${PROVIDER_ID}`) return notFound();
  return nextAuth(req, ctx);
}

/**
 * Starting a login from a plain HTML form (no JavaScript needed). The form
 * carries where to return and the level; next-auth's CSRF token is fetched
 * here on the server and passed on with its cookie, so next-auth still checks
 * it, and a cross-site form is refused by its Origin. PKCE, state and nonce
 * are next-auth's as before.
 */
export async function POST(req: Request, ctx: Ctx) {
  const path = (await ctx.params).nextauth.join("/");
  if (path !== `signin/${PROVIDER_ID}`) return notFound();
  const portal = new URL(config().portalUrl);
  const origin = req.headers.get("origin");
  if (origin && origin !== portal.origin) return new Response("Forbidden", { status: 403 });
  if (!(await checkRateLimit("login", await clientAddress()))) {
    return Response.redirect(new URL("/logg-inn?for-mange=1", portal), 303);
  }
  const form = await req.formData().catch(() => new FormData());
  const level = form.get("level") === "high" ? "high" : "substantial";
  const locale = form.get("locale") === "en" ? "en" : "nb";
  const callbackUrl = safeReturnPath(typeof form.get("callbackUrl") === "string" ? (form.get("callbackUrl") as string) : null);

  const csrf = await nextAuth(new Request(new URL("/api/auth/csrf", portal), { headers: { cookie: req.headers.get("cookie") ?? "" } }), ctxFor("csrf"));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = csrf.headers.getSetCookie();
  const cookie = [req.headers.get("cookie"), ...csrfCookies.map((c: string) => c.split(";")[0])].filter(Boolean).join("; ");

  const params = new URLSearchParams({ acr_values: level === "high" ? "idporten-loa-high" : "idporten-loa-substantial", ui_locales: locale });
  if (level === "high") params.set("prompt", "login");
  const signin = new Request(new URL(`/api/auth/signin/${PROVIDER_ID}?${params}`, portal), {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const started = await nextAuth(signin, ctxFor("signin", PROVIDER_ID));
  const { url } = (await started.json()) as { url: string };
  const headers = new Headers({ location: url, "cache-control": "no-store" });
  for (const c of [...csrfCookies, ...started.headers.getSetCookie()]) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}
