import { LOCALE_COOKIE, toLocale, type Locale } from "../i18n/locales";
import { STATS_COOKIE, statsChoice, type StatsChoice } from "../statistics";
import { PAGE_VIEW_URL } from "../page-view";
import { PRIVACY_TOPICS } from "../privacy-topics";
import { csrfCookieName } from "./auth/csrf";
import { calendarYear } from "../domain/payment-dates";

/**
 * The public pages, rendered once and kept in memory for visitors who are not
 * logged in (ADR 0019). Such a page depends on nothing but its path, the
 * language, the statistics choice and today's date; everything per request in
 * it is the CSP nonce and the login form's CSRF token. So the page is rendered
 * with a placeholder for each, kept as pieces, and every request gets the
 * pieces joined around its own fresh nonce and token.
 *
 * What keeps personal data out: a request is answered from here only when it
 * carries no cookie outside COOKIES_THAT_CHANGE_NOTHING_PERSONAL (no session,
 * no acting-for cookie, nothing unknown), and the copy is rendered by a request
 * of the cache's own that carries only the language and statistics cookies.
 */

/** Pages with nothing personal for a visitor who is not logged in (the query strings allowed are in cachedSearch). */
const CACHED_PATHS: ReadonlySet<string> = new Set([
  "/",
  "/utbetalingskalender",
  "/personvern",
  "/tilgjengelighet",
  "/logget-ut",
  ...Object.keys(PRIVACY_TOPICS).map((topic) => `/personvern/${topic}`),
]);

/** Cookies a page for a visitor who is not logged in may see: the language, the statistics choice, next-auth's login-form cookies. */
const COOKIES_THAT_CHANGE_NOTHING_PERSONAL = new Set([
  LOCALE_COOKIE,
  STATS_COOKIE,
  csrfCookieName(false),
  csrfCookieName(true),
  "next-auth.callback-url",
  "__Secure-next-auth.callback-url",
]);

export type CacheKey = { path: string; search: string; locale: Locale; stats: StatsChoice };

/**
 * The query strings a cached page may have: none, or, on the payment
 * calendar, a year it covers (`?ar=2027`). Anything else (another year,
 * another parameter, a second one) is rendered for the request alone, so the
 * cache holds at most a few copies per page.
 */
function cachedSearch(pathname: string, search: string, currentYear: () => number): boolean {
  if (search === "") return true;
  const year = /^\?ar=(\d{4})$/.exec(search)?.[1];
  return pathname === "/utbetalingskalender" && year !== undefined && calendarYear(year, currentYear()) === Number(year);
}

/** Whether a request is React asking for its payload (a client-side navigation, a prefetch) or running a server action, not a browser loading a page. */
export function asksForReactPayload(headers: Pick<Headers, "has">): boolean {
  return ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"].some((name) => headers.has(name));
}

/** The request's key in the cache, or null when it must be rendered for this request alone. The year is asked for only when a query string needs it. */
export function cacheKey(
  req: {
    method: string;
    pathname: string;
    search: string;
    headers: Headers;
    cookies: ReadonlyArray<{ name: string; value: string }>;
  },
  currentYear: () => number,
): CacheKey | null {
  if (req.method !== "GET" || !CACHED_PATHS.has(req.pathname) || !cachedSearch(req.pathname, req.search, currentYear)) return null;
  // Client-side navigation and prefetching ask for React's payload, not the page.
  if (asksForReactPayload(req.headers)) return null;
  if (req.cookies.some((c) => !COOKIES_THAT_CHANGE_NOTHING_PERSONAL.has(c.name))) return null;
  const value = (name: string) => req.cookies.find((c) => c.name === name)?.value;
  return { path: req.pathname, search: req.search, locale: toLocale(value(LOCALE_COOKIE)), stats: statsChoice(value(STATS_COOKIE)) };
}

/** Text cut at its placeholders: text, then alternately a slot and text. */
type Cut = { pieces: string[]; slots: Array<"nonce" | "csrf"> };
type Values = { nonce: string; csrf: string };

/** A rendered page (only pages that answered 200 are kept) and its headers, cut at the placeholders (Next also puts the nonce in a Link header). */
export type Template = { body: Cut; headers: Array<[string, Cut]> };

function cut(text: string, placeholders: Values): Cut {
  const parts = text.split(new RegExp(`(${placeholders.nonce}|${placeholders.csrf})`));
  return {
    pieces: parts.filter((_, i) => i % 2 === 0),
    slots: parts.filter((_, i) => i % 2 === 1).map((part) => (part === placeholders.nonce ? "nonce" : "csrf")),
  };
}

function join(text: Cut, values: Values): string {
  let out = text.pieces[0] ?? "";
  for (let i = 0; i < text.slots.length; i++) out += values[text.slots[i]!] + text.pieces[i + 1];
  return out;
}

/** Cuts a page rendered with the given placeholders into a template; null when the page has no nonce (then it is not a page to keep). */
export function toTemplate(body: string, placeholders: Values, headers: Array<[string, string]>): Template | null {
  if (!body.includes(placeholders.nonce)) return null;
  return { body: cut(body, placeholders), headers: headers.map(([name, value]) => [name, cut(value, placeholders)]) };
}

/**
 * The page as plain HTML: without Next's client runtime (its script files,
 * their preloads, React's payload and the bundler's bootstrap), about 120 kB
 * of JavaScript that a cached page has no use for (ADR 0020). Every page of
 * the portal works without JavaScript, and the cached pages have no island
 * of their own: what is left in them is HTML, CSS and forms. Other inline
 * scripts (none today; React's own for streamed boundaries) are kept.
 * `extra` is put before </body>: the page-view count, when the visitor said
 * yes to statistics, since the beacon component is no longer run.
 */
export function withoutClientRuntime(html: string, extra = ""): string {
  const stripped = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/g, (tag, attributes: string, content: string) =>
      /\ssrc="\/_next\//.test(attributes) || /^\s*\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])/.test(content) ? "" : tag,
    )
    .replace(/<link\b[^>]*>/g, (tag) => (/\bas="script"|\brel="modulepreload"/.test(tag) ? "" : tag));
  return extra ? stripped.replace("</body>", `${extra}</body>`) : stripped;
}

/** Counts this page view (its path only) on our own server, as PageViewBeacon does on a page that runs React. */
export const pageViewScript = (nonce: string) =>
  `<script nonce="${nonce}">fetch(${JSON.stringify(PAGE_VIEW_URL)},{method:"POST",body:location.pathname,keepalive:true,headers:{"content-type":"text/plain"}}).catch(function(){})</script>`;

/** The page for one request: the template with this request's nonce and CSRF token in its slots. */
export function fromTemplate(template: Template, values: Values): { body: string; headers: Array<[string, string]> } {
  return { body: join(template.body, values), headers: template.headers.map(([name, value]) => [name, join(value, values)]) };
}

/** Response headers about one response's bytes and connection: never copied from a response of our own to another. */
const BYTES_AND_CONNECTION: ReadonlySet<string> = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);

/** Response headers that belong to one response, not to the page: never kept. */
const PER_RESPONSE = new Set([...BYTES_AND_CONNECTION, "set-cookie", "content-security-policy", "strict-transport-security", "x-request-id"]);

export function keptHeaders(headers: Headers): Array<[string, string]> {
  return [...headers.entries()].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()));
}

/**
 * The cache itself: one copy per path, language and statistics choice, for
 * today only (the calendar moves with the date), filled by `render` at most
 * once at a time per key. A failed render is not kept, and is not tried again
 * for a while, so a broken page costs one extra request now and then, not one
 * per visitor.
 */
export class RenderCache {
  private day = "";
  private readonly entries = new Map<string, Promise<Template | null>>();
  private readonly failedAt = new Map<string, number>();

  constructor(
    private readonly render: (key: CacheKey) => Promise<Template | null>,
    private readonly retryAfterMs = 30_000,
  ) {}

  async get(key: CacheKey, today: string, now = Date.now()): Promise<{ template: Template; filled: boolean } | null> {
    if (today !== this.day) {
      this.day = today;
      this.entries.clear();
      this.failedAt.clear();
    }
    const id = `${key.path}${key.search}|${key.locale}|${key.stats ?? ""}`;
    const existing = this.entries.get(id);
    if (existing) {
      const template = await existing;
      return template && { template, filled: false };
    }
    if (now - (this.failedAt.get(id) ?? -Infinity) < this.retryAfterMs) return null;
    const pending = this.render(key).catch(() => null);
    this.entries.set(id, pending);
    const template = await pending;
    if (!template) {
      this.entries.delete(id);
      this.failedAt.set(id, now);
      return null;
    }
    return { template, filled: true };
  }
}
