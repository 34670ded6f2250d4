import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { PROVIDER_ID } from "@/lib/server/auth/options";
import { config } from "@/lib/server/config";
import { checkRateLimit, clientAddress } from "@/lib/server/rate-limit";

type Ctx = { params: Promise<{ nextauth: string[] }> };

const nextAuth = (req: Request, ctx: Ctx) => NextAuth(req as never, ctx as never, authOptions());
const notFound = () => new Response("Not found", { status: 404 });

/**
 * Only the routes the portal uses are open: starting a login, ID-porten's
 * callback, and the error address next-auth sends a failed or cancelled login
 * to, which goes straight on to the login page (where a user who is still
 * logged in is told so calmly). Logout is /logg-ut.
 */
export async function GET(req: Request, ctx: Ctx) {
  const path = (await ctx.params).nextauth.join("/");
  if (path === "error") {
    const code = new URL(req.url).searchParams.get("error") ?? "";
    const safe = /^[A-Za-z]{1,40}$/.test(code) ? code : "Callback";
    return Response.redirect(new URL(`/logg-inn?error=${safe}`, config().portalUrl), 303);
  }
  if (path !== `callback/${PROVIDER_ID}`) return notFound();
  return nextAuth(req, ctx);
}

/**
 * Starting a login from the plain HTML form (LoginButton): next-auth checks
 * its CSRF token and handles PKCE, state and nonce. Before that, a cross-site
 * form is refused by its Origin, and logins are rate-limited per client address.
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
  return nextAuth(req, ctx);
}
