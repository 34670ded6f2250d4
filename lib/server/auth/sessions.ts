import "server-only";
import crypto from "node:crypto";
import { db } from "../db";
import { today } from "../../clock";
import { heldMandates } from "./mandates";

/** Absolute lifetime of a login, as ID-porten's own sessions (two hours). */
export const SESSION_HOURS = 2;
/** A session nobody has used for this long has ended, as at ID-porten. */
export const IDLE_MINUTES = 30;
/** At most this many live sessions per person: the oldest end when a new one starts. */
export const MAX_SESSIONS = 3;
/** lastSeenAt is written at most this often, so reading a page is not a write every time. */
const TOUCH_EVERY_MS = 60_000;

export type NewSession = { fnr: string; acr: string; amr?: string; idpSid?: string; idToken?: string; replaces?: string | null };

/**
 * Creates the server-side session for a verified ID token; null when the
 * person is unknown. A session it replaces (the lower-level one before a
 * step-up) ends at once, and only the newest MAX_SESSIONS stay alive.
 */
export async function createSession(s: NewSession): Promise<string | null> {
  const person = await db().person.findUnique({ where: { fnr: s.fnr }, select: { id: true } });
  if (!person) return null;
  // Someone who may act for others is asked whom to act for before anything else.
  const mustChoose = (await heldMandates(person.id, today())).length > 0;
  const id = crypto.randomBytes(32).toString("base64url");
  const now = new Date();
  await db().$transaction(async (tx) => {
    if (s.replaces) await tx.authSession.updateMany({ where: { id: s.replaces, personId: person.id, revokedAt: null }, data: { revokedAt: now } });
    await tx.authSession.create({
      data: {
        id,
        personId: person.id,
        acr: s.acr,
        amr: s.amr ?? null,
        idpSid: s.idpSid ?? null,
        idTokenHint: s.idToken ?? null,
        createdAt: now,
        lastSeenAt: now,
        mustChoose,
        holdsPowers: mustChoose,
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
      },
    });
    const live = await tx.authSession.findMany({
      where: { personId: person.id, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true },
      skip: MAX_SESSIONS,
    });
    if (live.length) await tx.authSession.updateMany({ where: { id: { in: live.map((l) => l.id) } }, data: { revokedAt: now } });
  });
  return id;
}

/** Whether a session is alive at `now`: not revoked, within two hours and used within the last 30 minutes. */
function isAlive(session: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date }, now: Date): boolean {
  return !session.revokedAt && session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < IDLE_MINUTES * 60_000;
}

/** The live session, touched as used; null when it has ended for any reason. */
export async function findActiveSession(id: string, now = new Date()) {
  const session = await db().authSession.findUnique({
    where: { id },
    select: {
      id: true,
      acr: true,
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      idTokenHint: true,
      amr: true,
      actingForId: true,
      mustChoose: true,
      holdsPowers: true,
      person: { select: { id: true, givenName: true, familyName: true } },
    },
  });
  if (!session || !isAlive(session, now)) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db().authSession.update({ where: { id }, data: { lastSeenAt: now } });
    return { ...session, lastSeenAt: now };
  }
  return session;
}

export type SessionEnds = { idleEndsAt: Date; endsAt: Date };

/** When a session ends if nobody uses it, and when it ends anyway. */
export function endsOf(session: { lastSeenAt: Date; expiresAt: Date }): SessionEnds {
  return { idleEndsAt: new Date(session.lastSeenAt.getTime() + IDLE_MINUTES * 60_000), endsAt: session.expiresAt };
}

/** When a live session ends if nobody uses it, and when it ends anyway; null when it has ended. Reading this does not extend it. */
export async function sessionTimes(id: string, now = new Date()): Promise<SessionEnds | null> {
  const session = await db().authSession.findUnique({ where: { id }, select: { expiresAt: true, revokedAt: true, lastSeenAt: true } });
  return session && isAlive(session, now) ? endsOf(session) : null;
}

/** "Stay logged in": marks the session as used now, so the idle limit starts again (the two-hour limit stays). */
export async function extendSession(id: string, now = new Date()): Promise<SessionEnds | null> {
  const updated = await db().authSession.updateManyAndReturn({
    where: { id, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - IDLE_MINUTES * 60_000) } },
    data: { lastSeenAt: now },
    select: { expiresAt: true },
  });
  return updated[0] ? endsOf({ lastSeenAt: now, expiresAt: updated[0].expiresAt }) : null;
}

export async function revokeSession(id: string): Promise<string | null> {
  const session = await db().authSession.updateManyAndReturn({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date() },
    select: { idTokenHint: true },
  });
  return session[0]?.idTokenHint ?? null;
}

/** Back-channel logout from ID-porten names the IdP session (sid), not ours. */
export async function revokeByIdpSid(idpSid: string): Promise<number> {
  const { count } = await db().authSession.updateMany({
    where: { idpSid, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}
