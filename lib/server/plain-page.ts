import { NextResponse, type NextRequest } from "next/server";
import { STATS_COOKIE, statsChoice } from "../statistics";
import { isOwnRequest, OWN_REQUEST_HEADER, ownOrigin, ownRequestHeader, ownRequestValue } from "./own-request";
import { asksForReactPayload, BYTES_AND_CONNECTION, pageViewScript, withoutClientRuntime } from "./render-cache";

/**
 * Plain pages (ADR 0021, 0022): a page load is sent without Next's client
 * runtime, to every visitor, logged in or not, forms included. The proxy asks
 * the server for the page with a request of its own (own-request.ts), takes
 * the runtime out (withoutClientRuntime, as the render cache does), and
 * answers with that. A form on such a page is posted by the browser itself, as
 * without JavaScript; the page's own script (components/browser/enhance.ts)
 * adds what React did for it. Anything that is not a page of HTML (a
 * redirect, a file) and an error page are sent as Next made them.
 *
 * Why not in a page: Next writes the page's scripts itself, and only a
 * response the proxy makes can be changed before it leaves.
 */

/** Request headers that belong to the connection, or that the request of our own sets itself. */
const NOT_FORWARDED = new Set(["host", "connection", "keep-alive", "content-length", "transfer-encoding", "accept-encoding", "upgrade", "expect", "te"]);

/** A page, "not found" or "no access" can be plain; an error page (500) keeps its runtime, since it offers to try again. */
const PLAIN_STATUSES = new Set([200, 403, 404]);

/** Only the production server: in development, pages come with Next's tools for developers. */
export const plainPagesEnabled = process.env.NODE_ENV === "production" && process.env.DINPENSJON_PLAIN_PAGES !== "off";

/** Whether a request is the proxy's own for a plain page: Next renders it as it is, and it is not logged. */
export const isPlainPageRender = (headers: Headers): boolean => isOwnRequest(ownRequestValue(headers), "plain-page");

/** What a browser's own form post sends (never React's, which asks with Next-Action). */
const FORM_BODY = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/;

/**
 * Whether a request is a browser loading a page, or posting a form on one and
 * waiting for the page that answers (not React asking for its payload or
 * running an action itself, not the API).
 */
export function wantsPlainPage(req: { method: string; pathname: string; headers: Headers }): boolean {
  if (req.pathname.startsWith("/api/") || asksForReactPayload(req.headers)) return false;
  if (!(req.headers.get("accept") ?? "").includes("text/html")) return false;
  if (req.method === "GET") return true;
  return req.method === "POST" && FORM_BODY.test(req.headers.get("content-type") ?? "");
}

/** What the browser gets from the inner response: the page without the runtime, and the page view counted when the visitor said yes. */
export function plainResponseBody(html: string, countPageView: boolean, nonce: string): string {
  return withoutClientRuntime(html, countPageView ? pageViewScript(nonce) : "");
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
  const post = req.method === "POST";
  let res: Response;
  try {
    // A form post goes on as it came: the server runs the form's action and renders the page that answers it.
    const body = post ? await req.arrayBuffer() : undefined;
    res = await fetch(`${ownOrigin()}${req.nextUrl.pathname}${req.nextUrl.search}`, { method: req.method, body, headers: forwarded, redirect: "manual" });
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
  // The page that answers a post is not another page view.
  const countPageView = !post && statsChoice(req.cookies.get(STATS_COOKIE)?.value) === "ja";
  const body = plainResponseBody(await res.text(), countPageView, nonce);
  out.set("x-client-runtime", "none");
  return new NextResponse(body, { status: res.status, headers: out });
}
