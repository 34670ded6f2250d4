import { NextResponse, type NextRequest } from "next/server";
import { today } from "../clock";
import { LOCALE_COOKIE } from "../i18n/locales";
import { STATS_COOKIE } from "../statistics";
import { randomHex } from "./auth/csrf";
import { isOwnRequest, ownOrigin, ownRequestHeader, ownRequestValue } from "./own-request";
import { cacheKey, fromTemplate, keptHeaders, pageViewScript, RenderCache, toTemplate, withoutClientRuntime, type CacheKey } from "./render-cache";

/**
 * The render cache of this server process, for the proxy (ADR 0019; the rules
 * are in render-cache.ts). A copy is made by a request of the portal's own
 * (own-request.ts) to its own address, and only for such a request does the
 * proxy render the page with placeholders for the nonce and the CSRF token
 * instead of real ones.
 */
export const PLACEHOLDERS = { nonce: `rcnonce${randomHex(12)}`, csrf: randomHex(32) };

/** Whether a request is the cache's own, to be rendered with the placeholders. */
export const isCacheFill = (headers: Headers): boolean => isOwnRequest(ownRequestValue(headers), "cache-fill");

const cache = new RenderCache(async (key: CacheKey) => {
  // Only the language and the statistics choice: nothing that could make the page anyone's own.
  const cookie = [`${LOCALE_COOKIE}=${key.locale}`, ...(key.stats ? [`${STATS_COOKIE}=${key.stats}`] : [])].join("; ");
  const res = await fetch(`${ownOrigin()}${key.path}${key.search}`, {
    headers: [["cookie", cookie], ownRequestHeader("cache-fill"), ["accept", "text/html"], ["accept-encoding", "identity"]],
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 200) return null;
  const html = withoutClientRuntime(await res.text(), key.stats === "ja" ? pageViewScript(PLACEHOLDERS.nonce) : "");
  return toTemplate(html, PLACEHOLDERS, keptHeaders(res.headers));
});

/** Only the production server keeps pages: in development they change with the code. */
const enabled = process.env.NODE_ENV === "production" && process.env.DINPENSJON_RENDER_CACHE !== "off";

/** Today in Norway, or null when the clock refuses (a pinned date where none is allowed: the page itself says so). */
function todayOrNull(): string | null {
  try {
    return today();
  } catch {
    return null;
  }
}

/**
 * The page for this request from the cache, with its own nonce and CSRF token,
 * or null when the request must be rendered for itself. `X-Render-Cache` says
 * whether the copy was there already (hit) or made for this request (filled).
 */
export async function cachedPublicPage(req: NextRequest, values: { nonce: string; csrf: string }): Promise<NextResponse | null> {
  if (!enabled) return null;
  // The date only when the request could come from the cache: most requests are personal pages.
  let day: string | null | undefined;
  const currentDay = () => (day === undefined ? (day = todayOrNull()) : day);
  const key = cacheKey(
    { method: req.method, pathname: req.nextUrl.pathname, search: req.nextUrl.search, headers: req.headers, cookies: req.cookies.getAll() },
    () => Number(currentDay()?.slice(0, 4)),
  );
  const date = key && currentDay();
  const found = key && date ? await cache.get(key, date) : null;
  if (!found) return null;
  const page = fromTemplate(found.template, values);
  // The copy is plain already: the server sends it as it is (plain-page.ts).
  const headers: Array<[string, string]> = [...page.headers, ["X-Render-Cache", found.filled ? "filled" : "hit"], ["X-Client-Runtime", "none"]];
  return new NextResponse(page.body, { status: 200, headers });
}
