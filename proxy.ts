import { NextResponse, type NextRequest } from "next/server";
import { csrfCookieName, csrfToken } from "./lib/server/auth/csrf";
import { DEV_AUTH_SECRET } from "./lib/server/auth/dev-secret";
import { contentSecurityPolicy, newNonce } from "./lib/server/csp";
import { cacheKey, fromTemplate, keptHeaders, RenderCache, toTemplate, type CacheKey } from "./lib/server/render-cache";
import { today } from "./lib/clock";

/** Larger bodies than any form of ours could send are refused before they are read. */
const MAX_BODY_BYTES = 256 * 1024;

function page(status: number, nb: string, en: string, locale: string): NextResponse {
  const [title, text] = locale === "en" ? [en, "Go back and try again."] : [nb, "Gå tilbake og prøv igjen."];
  const html = `<!doctype html><html lang="${locale === "en" ? "en" : "nb"}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Feil: ${title} – Din pensjon</title></head><body style="font-family: system-ui, sans-serif; margin: 2rem; max-width: 40rem; line-height: 1.5"><main><h1>${title}</h1><p>${text}</p><p><a href="/">Din pensjon</a></p></main></body></html>`;
  return new NextResponse(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

/**
 * The render cache's own requests (ADR 0019) carry a secret made when this
 * process started, and are rendered with placeholders for the nonce and the
 * CSRF token instead of real ones. Nobody outside the process can ask for that.
 */
const FILL_HEADER = "x-dinpensjon-render-cache";
const fillSecret = crypto.randomUUID();
const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
const PLACEHOLDERS = { nonce: `rcnonce${hex(12)}`, csrf: hex(32) };

/** The standalone server's own address, as server.js reads it. */
function ownOrigin(): string {
  const host = process.env.HOSTNAME;
  return `http://${!host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${process.env.PORT ?? 3000}`;
}

const renderCache = new RenderCache(async (key: CacheKey) => {
  const cookie = [`NEXT_LOCALE=${key.locale}`, ...(key.stats ? [`dp-statistikk=${key.stats}`] : [])].join("; ");
  const res = await fetch(`${ownOrigin()}${key.path}`, {
    headers: { cookie, [FILL_HEADER]: fillSecret, accept: "text/html", "accept-encoding": "identity" },
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 200) return null;
  return toTemplate(await res.text(), PLACEHOLDERS, res.status, keptHeaders(res.headers));
});

/** Only the production server keeps pages: in development they change with the code. */
const cacheEnabled = process.env.NODE_ENV === "production" && process.env.DINPENSJON_RENDER_CACHE !== "off";

/** The key of a request the cache may answer, or null. */
function cacheable(req: NextRequest): CacheKey | null {
  if (!cacheEnabled) return null;
  return cacheKey({ method: req.method, pathname: req.nextUrl.pathname, search: req.nextUrl.search, headers: req.headers, cookies: req.cookies.getAll() });
}

/** Today in Norway, or null when the clock refuses (a pinned date where none is allowed: the page itself says so). */
function todayOrNull(): string | null {
  try {
    return today();
  } catch {
    return null;
  }
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
 *   route handler and action calls requireUser itself.
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
  const filling = req.headers.get(FILL_HEADER) === fillSecret;
  const headers = new Headers(req.headers);
  headers.delete(FILL_HEADER);
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
  // A public page for a visitor who is not logged in comes from the render cache when it can.
  const key = filling ? null : cacheable(req);
  const day = key && todayOrNull();
  const cached = key && day ? await renderCache.get(key, day) : null;
  const fromCache = cached && fromTemplate(cached.template, { nonce, csrf: csrf?.token ?? "" });
  const res = fromCache
    ? new NextResponse(fromCache.body, {
        status: cached.template.status,
        headers: [...fromCache.headers, ["X-Render-Cache", cached.filled ? "filled" : "hit"]],
      })
    : NextResponse.next({ request: { headers } });
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
