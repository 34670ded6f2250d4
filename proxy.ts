import { NextResponse, type NextRequest } from "next/server";

/**
 * Tells server components which path was asked for, so a login redirect can
 * return to exactly that page. Not an authorization check: every page, route
 * handler and action calls requireUser itself.
 */
export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set("x-request-path", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!_next/|api/|internal/|icon).*)"] };
