import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { levelOf, type LevelName, satisfies } from "../../domain/security-level";
import { config } from "../config";
import { endsOf, findActiveSession, type SessionEnds } from "./sessions";
import { levelForPath } from "./policy";
import { sessionCookieName as cookieName } from "./cookie-name";

export type User = {
  sessionId: string;
  personId: string;
  name: string;
  level: LevelName;
  /** When the session ends (for the timeout warning); set by currentUser. */
  ends?: SessionEnds;
};

export function sessionCookieName(secure = config().secureCookies): string {
  return cookieName(secure);
}

/** The session id the cookie names (decrypted and checked), without looking the session up. */
export const sessionIdFromCookie = cache(async (): Promise<string | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: config().authSecret }).catch(() => null);
  return typeof token?.sessionId === "string" ? token.sessionId : null;
});

/** The logged-in user from the server-side session, or null. Cached per request. */
export const currentUser = cache(async (): Promise<User | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const session = await findActiveSession(sessionId);
  const level = levelOf(session?.acr);
  if (!session || !level) return null;
  return {
    sessionId,
    personId: session.person.id,
    name: `${session.person.givenName} ${session.person.familyName}`,
    level,
    ends: endsOf(session),
  };
});

/**
 * The one entry point for authentication and level. Pages pass the path they
 * serve so the policy table decides; server actions and data functions call it
 * with an explicit level. Redirects to login or, for a MinID user, to step-up.
 */
export async function requireUser(opts: { level: LevelName; returnTo?: string }): Promise<User> {
  const user = await currentUser();
  if (user && satisfies(user.level, opts.level)) return user;
  const returnTo = opts.returnTo ?? "/oversikt";
  const params = new URLSearchParams({ tilbake: returnTo });
  if (opts.level === "high") params.set("niva", "hoy");
  // A cookie whose session has ended: the user was logged out by time, and is told so.
  if (!user && (await sessionIdFromCookie())) params.set("utlopt", "1");
  redirect(`/logg-inn?${params}`);
}

/** For server actions outside the form pipeline: the level of the page the form sits on, from the route policy table. */
export async function requireAction(path: string): Promise<User> {
  const level = levelForPath(path);
  if (level === "public") throw new Error(`${path} is public; it needs no user`);
  return requireUser({ level, returnTo: path });
}

/**
 * For pages and route handlers: the level comes from the route policy table.
 * The return address is the path actually requested (from the proxy) when it
 * lies under `path`, so a layout protecting a segment returns to the exact page.
 */
export async function requirePage(path: string): Promise<User> {
  const requested = (await headers()).get("x-request-path");
  const returnTo = requested && requested.startsWith(path) ? requested : path;
  const level = levelForPath(returnTo.split("?")[0]);
  if (level === "public") throw new Error(`${path} is public; it needs no user`);
  return requireUser({ level, returnTo });
}
