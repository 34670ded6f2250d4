import "server-only";
import diagnostics from "node:diagnostics_channel";
import fs from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { logger } from "./log";
import { metrics } from "./metrics";
import { isOwnRequest, OWN_REQUEST_HEADER } from "./own-request";

/**
 * Every HTTP request the portal answers, timed from its first byte in to its
 * last byte out, through Node's own diagnostics channels: no wrapper around
 * Next's server, so the container runs Next's standalone server unchanged.
 *
 * The duration goes to a histogram by route template ("/saker/[sakId]", never
 * the id itself), method and status class, and one log line per page or API
 * call names the path (without its query string, which may carry an OIDC code),
 * the status and the time. Static files are counted but not logged, and the
 * portal's requests to itself (own-request.ts) neither.
 */

type Route = { page: string; regex: RegExp };

/** The app's routes as the build wrote them; Next's own manifest, so templates always match the app. */
function loadRoutes(): Route[] {
  try {
    const file = path.join(process.cwd(), ".next", "routes-manifest.json");
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
      staticRoutes: Array<{ page: string; regex: string }>;
      dynamicRoutes: Array<{ page: string; regex: string }>;
    };
    return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  } catch {
    return [];
  }
}

/** The route template for a path: a page of the app, Next's static files, or "other" (a 404, a file). */
function routeTemplate(pathname: string, routes: Route[]): string {
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/")) return "/_next";
  return routes.find((r) => r.regex.test(pathname))?.page ?? "other";
}

const started = new WeakMap<ServerResponse, bigint>();

export function observeRequests(): void {
  const routes = loadRoutes();
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { response } = message as { response: ServerResponse };
    started.set(response, process.hrtime.bigint());
  });
  diagnostics.subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const start = started.get(response);
    if (start === undefined) return;
    // The portal's requests to itself are part of the request that caused them, which is timed and logged.
    if (isOwnRequest(request.headers[OWN_REQUEST_HEADER] as string | undefined)) return;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const pathname = (request.url ?? "/").split("?")[0];
    const route = routeTemplate(pathname, routes);
    const method = request.method ?? "GET";
    const status = response.statusCode;
    metrics().requestDuration.observe({ route, method, status: `${Math.floor(status / 100)}xx` }, seconds);
    if (route.startsWith("/_next") || route.startsWith("/internal/")) return;
    const requestId = response.getHeader("x-request-id");
    logger()[status >= 500 ? "error" : "info"](
      { ...(typeof requestId === "string" ? { requestId } : {}), method, route, path: pathname, status, ms: Math.round(seconds * 1000) },
      "request",
    );
  });
}
