import { NextResponse, type NextRequest } from "next/server";
import { STATS_COOKIE, statsChoice } from "../statistics";
import { isOwnRequest, OWN_REQUEST_HEADER, ownOrigin, ownRequestHeader, ownRequestValue } from "./own-request";
import { asksForReactPayload, BYTES_AND_CONNECTION, pageViewScript, withoutClientRuntime } from "./render-cache";

/**
 * Plain pages (ADR 0021): a page that has no island of its own is sent
 * without Next's client runtime, to every visitor, logged in or not. The proxy
 * asks the server for the page with a request of its own (own-request.ts),
 * takes the runtime out (withoutClientRuntime, as the render cache does), and
 * answers with that. A page with a form whose state React keeps is sent as
 * Next made it; so is anything that is not a page of HTML (a redirect, a
 * file) and an error page.
 *
 * Why not in a page: Next writes the page's scripts itself, and only a
 * response the proxy makes can be changed before it leaves.
 */

/** Request headers that belong to the connection, or that the request of our own sets itself. */
const NOT_FORWARDED = new Set(["host", "connection", "keep-alive", "content-length", "transfer-encoding", "accept-encoding", "upgrade", "expect", "te"]);

/** A page, "not found" or "no access" can be plain; an error page (500) keeps its runtime, since it offers to try again. */
const PLAIN_STATUSES = new Set([200, 403, 404]);

/** React writes this field into a form whose state it keeps (useActionState, our useForm): such a page keeps the runtime. */
const ISLAND_MARK = 'name="$ACTION_KEY"';

/** Only the production server: in development, pages come with Next's tools for developers. */
export const plainPagesEnabled = process.env.NODE_ENV === "production" && process.env.DINPENSJON_PLAIN_PAGES !== "off";

/** Whether a request is the proxy's own for a plain page: Next renders it as it is, and it is not logged. */
export const isPlainPageRender = (headers: Headers): boolean => isOwnRequest(ownRequestValue(headers), "plain-page");

/**
 * Paths whose page kept the runtime when last asked for (the form pages). The
 * request of our own costs a few milliseconds of CPU (ADR 0021), and for these
 * it buys nothing, so they are left to Next straight away. This can only ever
 * leave a page its runtime, never take it from one that needs it. Bounded, since
 * some such paths carry an id.
 */
const keptPaths = new Set<string>();
const KEPT_PATHS_MAX = 1000;
export const keepsRuntime = (pathname: string): boolean => keptPaths.has(pathname);

/** Whether a request is a browser loading a page (not React asking for its payload, not a form post, not the API). */
export function wantsPlainPage(req: { method: string; pathname: string; headers: Headers }): boolean {
  if (req.method !== "GET" || req.pathname.startsWith("/api/") || asksForReactPayload(req.headers)) return false;
  return (req.headers.get("accept") ?? "").includes("text/html");
}

/** What the browser gets from the inner response, the runtime taken out when the page has no island. */
export function plainResponseBody(html: string, countPageView: boolean, nonce: string): { body: string; runtime: "none" | "kept" } {
  if (html.includes(ISLAND_MARK)) return { body: html, runtime: "kept" };
  return { body: withoutClientRuntime(html, countPageView ? pageViewScript(nonce) : ""), runtime: "none" };
}

/**
 * The page for this request, made plain when it can be; null when the server
 * could not be reached (the proxy then lets Next answer as usual). Once the
 * server has answered, its answer is used: the page is never rendered twice. `headers` are
 * the request's headers as the proxy set them (nonce, request id, CSRF token).
 */
export async function plainPage(req: NextRequest, headers: Headers, nonce: string): Promise<NextResponse | null> {
  // A header of our own's name that came from outside is never passed on (it would make the inner request ask again).
  const forwarded = [...headers.entries()].filter(([name]) => !NOT_FORWARDED.has(name) && name !== OWN_REQUEST_HEADER);
  forwarded.push(ownRequestHeader("plain-page"), ["accept-encoding", "identity"]);
  if (!headers.has("x-forwarded-host")) forwarded.push(["x-forwarded-host", req.headers.get("host") ?? ""]);
  let res: Response;
  try {
    res = await fetch(`${ownOrigin()}${req.nextUrl.pathname}${req.nextUrl.search}`, { headers: forwarded, redirect: "manual" });
  } catch {
    // The server could not be reached at its own address (a HOSTNAME it does not listen on): Next answers as usual.
    return null;
  }
  // Set-Cookie is copied one by one: joined into one header, cookies would be lost.
  const out = new Headers([...res.headers].filter(([name]) => !BYTES_AND_CONNECTION.has(name) && name !== "set-cookie"));
  for (const cookie of res.headers.getSetCookie()) out.append("set-cookie", cookie);
  // Next's proxy wants a redirect's address whole; it makes it relative again for the browser when it can.
  const location = res.headers.get("location");
  if (location) out.set("location", new URL(location, req.nextUrl).toString());
  if (!PLAIN_STATUSES.has(res.status) || !(res.headers.get("content-type") ?? "").startsWith("text/html")) {
    return new NextResponse(res.body, { status: res.status, headers: out });
  }
  const page = plainResponseBody(await res.text(), statsChoice(req.cookies.get(STATS_COOKIE)?.value) === "ja", nonce);
  if (page.runtime === "kept") {
    if (keptPaths.size >= KEPT_PATHS_MAX) keptPaths.clear();
    keptPaths.add(req.nextUrl.pathname);
  }
  out.set("x-client-runtime", page.runtime);
  return new NextResponse(page.body, { status: res.status, headers: out });
}
