import { NextResponse, type NextRequest } from "next/server";
import { csrfCookieName, csrfToken } from "./lib/server/auth/csrf";
import { DEV_AUTH_SECRET } from "./lib/server/auth/dev-secret";
import { contentSecurityPolicy, newNonce } from "./lib/server/csp";
import { cachedPublicPage, isCacheFill, PLACEHOLDERS } from "./lib/server/public-page-cache";
import { OWN_REQUEST_HEADER } from "./lib/server/own-request";

/** Larger bodies than any form of ours could send are refused before they are read. */
const MAX_BODY_BYTES = 256 * 1024;

function page(status: number, nb: string, en: string, locale: string): NextResponse {
  const [title, text] = locale === "en" ? [en, "Go back and try again."] : [nb, "Gå tilbake og prøv igjen."];
  const html = `<!doctype html><html lang="${locale === "en" ? "en" : "nb"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Feil: ${title} – Din pensjon</title></head><body style="font-family: system-ui, sans-serif; margin: 2rem; max-width: 40rem; line-height: 1.5"><main><h1>${title}</h1><p>${text}</p><p><a href="/">Din pensjon</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * Runs before every page and form post:
 * - refuses what no page could handle with a clear 4xx page in the user's
 *   language (bodies that are too large, addresses that are not valid
 *   percent-encoding) instead of an error deeper in;
 * - the Content-Security-Policy with a fresh script nonce, built at run time;
 * - HSTS when served over https;
 * - tells server components which path was asked for, so a login redirect can
 *   return to exactly that page. Not an authorization check: every page,
 *   route handler and action calls requireUser itself;
 * - answers public pages from the render cache (ADR 0019). Every other page
 *   load, and the page that answers a browser's form post, is sent without
 *   Next's client runtime by the server itself (lib/server/plain-page.ts).
 */
export async function proxy(req: NextRequest) {
  const locale = req.cookies.get("NEXT_LOCALE")?.value === "en" ? "en" : "nb";
  const length = Number(req.headers.get("content-length") ?? 0);
  if (req.method === "POST" && length > MAX_BODY_BYTES) {
    return page(413, "Det du sendte, er for stort", "What you sent is too large", locale);
  }
  try {
    decodeURIComponent(req.nextUrl.pathname);
    decodeURIComponent(req.nextUrl.search);
  } catch {
    return page(400, "Adressen er ikke gyldig", "The address is not valid", locale);
  }
  const https = (process.env.PORTAL_URL ?? "").startsWith("https://");
  const filling = isCacheFill(req.headers);
  const headers = new Headers(req.headers);
  // A request from outside that names our own-request header is not ours: pages never see that header.
  if (!filling) headers.delete(OWN_REQUEST_HEADER);
  headers.set("x-request-path", req.nextUrl.pathname + req.nextUrl.search);
  // One id per request, on every log line it causes and in the response, so a report can be traced.
  const incoming = req.headers.get("x-request-id");
  const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  headers.set("x-request-id", requestId);
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  const nonce = filling ? PLACEHOLDERS.nonce : newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    issuer: process.env.IDPORTEN_ISSUER ?? "http://127.0.0.1:8090",
    verifier: process.env.LIFE_CERTIFICATE_VERIFIER_URL,
    dev: process.env.NODE_ENV !== "production",
  });
  headers.set("content-security-policy", csp);
  // Pages get next-auth's CSRF token for the plain-HTML login form.
  const isPage = req.method === "GET" && !req.nextUrl.pathname.startsWith("/api/");
  const csrf = filling
    ? { token: PLACEHOLDERS.csrf, setCookie: null }
    : isPage
      ? await csrfToken(req.cookies.get(csrfCookieName(https))?.value, process.env.AUTH_SECRET ?? DEV_AUTH_SECRET)
      : null;
  if (csrf) headers.set("x-csrf-token", csrf.token);
  else headers.delete("x-csrf-token");
  // A public page for a visitor who is not logged in comes from the render cache when it can (ADR 0019).
  const cached = filling ? null : await cachedPublicPage(req, { nonce, csrf: csrf?.token ?? "" });
  const res = cached ?? NextResponse.next({ request: { headers } });
  if (csrf?.setCookie) {
    res.cookies.set(csrfCookieName(https), csrf.setCookie, { httpOnly: true, sameSite: "lax", path: "/", secure: https });
  }
  res.headers.set("Content-Security-Policy", csp);
  res.headers.set("X-Request-Id", requestId);
  if (https) res.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return res;
}

// Static files (Next's own, the icon, robots.txt) and the platform's probes skip the proxy.
export const config = { matcher: ["/((?!_next/|internal/|icon|robots.txt).*)"] };
