import diagnostics from "node:diagnostics_channel";
import zlib from "node:zlib";
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { STATS_COOKIE, statsChoice } from "../statistics";
import { isOwnRequest, OWN_REQUEST_HEADER } from "./own-request";
import { asksForReactPayload, pageViewScript, withoutClientRuntime } from "./render-cache";

/**
 * Plain pages (ADR 0021, 0022, 0023): a page load is sent without Next's client
 * runtime, to every visitor, logged in or not, forms included. A form on such
 * a page is posted by the browser itself, as without JavaScript; the page's
 * own script (components/browser/enhance.ts) adds what React did for it.
 *
 * How: when a request that wants a plain page arrives, and before Next sees
 * it, the server's response is held (holdForPlainPage). Next renders the page
 * in that same request as always; when it has written the whole page, the
 * runtime comes out and the page is sent, compressed here when the browser
 * takes gzip. Anything that is not a page of HTML with status 200, 403 or 404
 * (a redirect, a file, an error page) goes out as Next writes it, streamed.
 *
 * Why hold the response rather than change the page: Next writes the page's
 * scripts itself. Why through Node's diagnostics channel: it runs for every
 * request before the server's own handler, so Next's standalone server stays
 * as it is (ADR 0014), as the request observer does. An earlier version had
 * the proxy fetch each page from its own server; that second request cost 5–15
 * ms of CPU per page (ADR 0023).
 */

/** A page, "not found" or "no access" can be plain; an error page (500) keeps its runtime, since it offers to try again. */
const PLAIN_STATUSES = new Set([200, 403, 404]);

/** Only the production server: in development, pages come with Next's tools for developers. */
export const plainPagesEnabled = process.env.NODE_ENV === "production" && process.env.DINPENSJON_PLAIN_PAGES !== "off";

/** What a browser's own form post sends (never React's, which asks with Next-Action). */
const FORM_BODY = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/;

/**
 * Whether a request is a browser loading a page, or posting a form on one and
 * waiting for the page that answers (not React asking for its payload or
 * running an action itself, not the API, not Next's own files).
 */
export function wantsPlainPage(req: { method: string; pathname: string; headers: Pick<Headers, "get" | "has"> }): boolean {
  if (req.pathname.startsWith("/api/") || req.pathname.startsWith("/_next/") || asksForReactPayload(req.headers)) return false;
  if (!(req.headers.get("accept") ?? "").includes("text/html")) return false;
  if (req.method === "GET") return true;
  return req.method === "POST" && FORM_BODY.test(req.headers.get("content-type") ?? "");
}

/** What the browser gets from the page Next wrote: the page without the runtime, and the page view counted when the visitor said yes. */
export function plainResponseBody(html: string, countPageView: boolean, nonce: string): string {
  return withoutClientRuntime(html, countPageView ? pageViewScript(nonce) : "");
}

/** Node's request headers, read as a Fetch API Headers object is (without copying them into one on every request). */
function fetchHeaders(headers: IncomingHttpHeaders): Pick<Headers, "get" | "has"> {
  return {
    get: (name) => {
      const value = headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    has: (name) => headers[name.toLowerCase()] !== undefined,
  };
}

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The visitor's statistics choice from the Cookie header. */
function statsFromCookies(cookie: string | undefined): ReturnType<typeof statsChoice> {
  const found = (cookie ?? "").split(";").find((c) => c.trim().startsWith(`${STATS_COOKIE}=`));
  return statsChoice(found?.trim().slice(STATS_COOKIE.length + 1));
}

/** Smaller pages are not worth compressing (the same threshold as Next's own compression). */
const GZIP_FROM_BYTES = 1024;

/** Text worth compressing (a file a page load asked for, the render cache's copy, an error page). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

/** Response headers that describe the bytes Next wrote: the page that is sent has other bytes. */
const ABOUT_THE_BYTES = ["content-length", "content-encoding", "transfer-encoding", "etag"];

type Chunk = string | Uint8Array;
type Callback = (error?: Error | null) => void;

function setHeaders(res: ServerResponse, headers: OutgoingHttpHeaders | ReadonlyArray<unknown>): void {
  if (!Array.isArray(headers)) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && value !== null) res.setHeader(name, value as string | number | string[]);
    return;
  }
  // writeHead also takes [[name, value], …] or a flat [name, value, name, value, …].
  const pairs = Array.isArray(headers[0]) ? (headers as Array<[string, string]>) : [];
  if (!pairs.length) for (let i = 0; i + 1 < headers.length; i += 2) pairs.push([String(headers[i]), String(headers[i + 1])]);
  for (const [name, value] of pairs) res.appendHeader(name, value);
}

/**
 * Holds one response until its end, then sends `change(html)` in its place
 * when it turned out to be a page of HTML that can be plain. Other text is
 * held only to be compressed, when the browser takes gzip; anything else (a
 * PDF, a redirect without a body) is passed on as it is written. Works as the
 * compression middleware does: by standing in for writeHead, write, end and
 * flushHeaders on this response.
 */
export function holdForPlainPage(res: ServerResponse, options: { gzip: boolean; change: (html: string, res: ServerResponse) => string }): void {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  // "sending": the changed page is on its way, through Node's own methods (end() calls writeHead itself).
  let state: "undecided" | "holding" | "passing" | "sending" = "undecided";
  // A page that can be plain is changed; other text is only compressed, since Next was told the browser takes no gzip.
  let plain = false;
  const held: Buffer[] = [];
  const holding = (): boolean => {
    if (state === "undecided") {
      const type = String(res.getHeader("content-type") ?? "");
      plain = PLAIN_STATUSES.has(res.statusCode) && type.startsWith("text/html") && !res.hasHeader("x-client-runtime");
      state = plain || (options.gzip && COMPRESSIBLE.test(type)) ? "holding" : "passing";
    }
    return state === "holding";
  };
  const hold = (chunk: Chunk | null | undefined, encoding: BufferEncoding | undefined) => {
    if (chunk != null && chunk.length) held.push(typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk));
  };

  // If the page cannot be changed, it goes out as Next wrote it: with the runtime, never broken.
  const changed = (whole: Buffer): Buffer => {
    try {
      return Buffer.from(options.change(whole.toString("utf8"), res), "utf8");
    } catch {
      plain = false;
      return whole;
    }
  };

  res.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    if (state === "passing" || state === "sending") return (original.writeHead as (...a: unknown[]) => ServerResponse).call(res, status, ...rest);
    // The status and headers are kept on the response, to be written with the page.
    res.statusCode = status;
    const [reason, headers] = typeof rest[0] === "string" ? rest : [undefined, rest[0]];
    if (typeof reason === "string") res.statusMessage = reason;
    if (headers) setHeaders(res, headers as OutgoingHttpHeaders);
    if (holding()) return res;
    return original.writeHead.call(res, res.statusCode);
  } as ServerResponse["writeHead"];

  res.flushHeaders = function flushHeaders() {
    if (state !== "holding" && state !== "undecided") original.flushHeaders.call(res);
  };

  res.write = function write(chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback): boolean {
    if (!holding()) return (original.write as (...a: unknown[]) => boolean).call(res, chunk, encoding, callback);
    const done = typeof encoding === "function" ? encoding : callback;
    hold(chunk, typeof encoding === "string" ? encoding : undefined);
    if (done) process.nextTick(done);
    return true;
  } as ServerResponse["write"];

  res.end = function end(chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback): ServerResponse {
    if (!holding()) return (original.end as (...a: unknown[]) => ServerResponse).call(res, chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((a): a is Callback => typeof a === "function");
    hold(typeof chunk === "function" ? undefined : chunk, typeof encoding === "string" ? encoding : undefined);
    state = "sending";
    const whole = Buffer.concat(held);
    const page = plain ? changed(whole) : whole;
    for (const name of ABOUT_THE_BYTES) res.removeHeader(name);
    if (plain) res.setHeader("x-client-runtime", "none");
    const send = (body: Buffer, gzipped: boolean) => {
      if (gzipped) {
        res.setHeader("content-encoding", "gzip");
        const vary = String(res.getHeader("vary") ?? "");
        if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      }
      res.setHeader("content-length", body.length);
      (original.end as (body: Buffer, callback?: Callback) => ServerResponse).call(res, body, done);
    };
    if (!options.gzip || page.length < GZIP_FROM_BYTES) send(page, false);
    // Compressed on libuv's threads, as Next's own compression does, so the event loop goes on meanwhile.
    else zlib.gzip(page, (error, zipped) => (error ? send(page, false) : send(zipped, true)));
    return res;
  } as ServerResponse["end"];
}

/** The response's script nonce, from the Content-Security-Policy the proxy set on it. */
function responseNonce(res: ServerResponse): string | null {
  return /'nonce-([^']+)'/.exec(String(res.getHeader("content-security-policy") ?? ""))?.[1] ?? null;
}

/**
 * Makes every page load and browser form post that this process answers plain.
 * Called once, when the server starts (instrumentation.ts); returns how to stop.
 */
export function makePagesPlain(): () => void {
  const onRequest = (message: unknown) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const pathname = (request.url ?? "/").split("?")[0];
    // The render cache's own requests for a copy make the copy plain themselves (public-page-cache.ts).
    if (isOwnRequest(request.headers[OWN_REQUEST_HEADER] as string | undefined)) return;
    if (!wantsPlainPage({ method: request.method ?? "GET", pathname, headers: fetchHeaders(request.headers) })) return;
    const gzip = acceptsGzip(request.headers["accept-encoding"] as string | undefined);
    // Next must not compress the page: it is changed first, and compressed here.
    delete request.headers["accept-encoding"];
    // The page that answers a post is not another page view.
    const countPageView = request.method === "GET" && statsFromCookies(request.headers.cookie) === "ja";
    holdForPlainPage(response, {
      gzip,
      change: (html, res) => {
        const nonce = responseNonce(res);
        return plainResponseBody(html, countPageView && nonce !== null, nonce ?? "");
      },
    });
  };
  diagnostics.subscribe("http.server.request.start", onRequest);
  return () => diagnostics.unsubscribe("http.server.request.start", onRequest);
}
