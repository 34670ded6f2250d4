import "server-only";
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decode } from "next-auth/jwt";
import { isForeignEid, levelOf, type LevelName, satisfies } from "../../domain/security-level";
import { config } from "../config";
import { endsOf, findActiveSession, type SessionEnds } from "./sessions";
import { levelForPath } from "./policy";
import { sessionCookieName as cookieName } from "./cookie-name";
import { mandateBetween } from "./mandates";
import { today } from "../../clock";
import { allows, pageNeed, type Mandate } from "../../domain/representation";
import { authorize, recordRefusal } from "../data/access-log";

/** Someone acting for another person: whose data, and what the mandate allows. */
type Acting = Mandate & { subjectName: string };

export type User = {
  sessionId: string;
  /** Whose data every read and change is about: the logged-in person, or the person they act for. */
  personId: string;
  /** Who is logged in (the same as personId unless acting for someone). */
  actorId: string;
  /** The logged-in person's name. */
  name: string;
  level: LevelName;
  /** Set while acting for someone else, from a power that is valid right now. */
  acting: Acting | null;
  /** The session was acting for someone, and the power no longer holds (revoked, expired, or the level is too low). */
  actingEnded?: boolean;
  /** The person holds a power and has not yet said whom to act for in this session. */
  mustChoose?: boolean;
  /** The person held a valid power at login, so the header offers to switch person. */
  holdsPowers?: boolean;
  /** Logged in with a foreign eID (eIDAS): pages that need the high level need a Norwegian eID, which this person may not have. */
  foreignEid?: boolean;
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

/**
 * For public pages and the header: the user when the session store can say,
 * otherwise nobody. A public page must render without the database, so it
 * shows itself as logged out then; logged-in pages use currentUser and fail
 * to their error page instead.
 */
export function currentUserIfKnown(): Promise<User | null> {
  return currentUser().catch(() => null);
}

/** The logged-in user from the server-side session, or null. Cached per request. */
const currentUser = cache(async (): Promise<User | null> => {
  const sessionId = await sessionIdFromCookie();
  if (!sessionId) return null;
  const session = await findActiveSession(sessionId);
  const level = levelOf(session?.acr);
  if (!session || !level) return null;
  const self = session.person.id;
  // Acting for someone is decided here, from the session and the database, on every request.
  // A representative always needs the high level, whatever the page needs for one's own data.
  const found = session.actingForId && level === "high" ? await mandateBetween(self, session.actingForId, today()) : null;
  return {
    sessionId,
    personId: found ? session.actingForId! : self,
    actorId: self,
    name: `${session.person.givenName} ${session.person.familyName}`,
    level,
    acting: found ? { ...found.mandate, subjectName: found.subjectName } : null,
    actingEnded: Boolean(session.actingForId) && !found,
    mustChoose: session.mustChoose,
    holdsPowers: session.holdsPowers,
    foreignEid: isForeignEid(session.amr),
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
  const user = await requireUser({ level, returnTo: path });
  const need = pageNeed(path);
  if (need !== "ANY") await authorize(user, need);
  return user;
}

/**
 * For pages and route handlers: the level comes from the route policy table.
 * The return address is the path actually requested (from the proxy) when it
 * lies under `path`, so a layout protecting a segment returns to the exact page.
 */
export async function requirePage(path: string): Promise<User> {
  const requested = (await headers()).get("x-request-path");
  const returnTo = requested && requested.startsWith(path) ? requested : path;
  const page = returnTo.split("?")[0];
  const level = levelForPath(page);
  if (level === "public") throw new Error(`${path} is public; it needs no user`);
  const user = await requireUser({ level, returnTo });
  if (page !== CHOOSER && page !== REFUSED_PAGE) {
    // Someone who holds a power says whom to act for first; a power that stopped holding is said so.
    if (user.actingEnded) redirect(`${CHOOSER}?grunn=slutt`);
    if (user.mustChoose) redirect(`${CHOOSER}?${new URLSearchParams({ tilbake: returnTo })}`);
  }
  // A page the power does not cover: the refusal is logged, and the representative is sent to a
  // page that says so. (A redirect rather than forbidden(), whose page Next renders only with
  // JavaScript when thrown from a page; the data layer still answers 403 to anything that gets past.)
  const need = pageNeed(page);
  if (need !== "ANY" && !allows(user.acting, need)) {
    await recordRefusal(user, need);
    redirect(REFUSED_PAGE);
  }
  return user;
}

/** Where someone who holds a power chooses whom to act for. */
export const CHOOSER = "/velg-person";
/** Where a representative lands when a page is outside the power. */
const REFUSED_PAGE = "/ingen-tilgang";
