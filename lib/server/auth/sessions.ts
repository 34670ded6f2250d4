import "server-only";
import crypto from "node:crypto";
import { db } from "../db";

/** Absolute lifetime of a login, as ID-porten's own sessions (two hours). */
export const SESSION_HOURS = 2;

export type NewSession = { fnr: string; acr: string; amr?: string; idpSid?: string; idToken?: string };

/** Creates the server-side session for a verified ID token; null when the person is unknown. */
export async function createSession(s: NewSession): Promise<string | null> {
  const person = await db().person.findUnique({ where: { fnr: s.fnr }, select: { id: true } });
  if (!person) return null;
  const id = crypto.randomBytes(32).toString("base64url");
  await db().authSession.create({
    data: {
      id,
      personId: person.id,
      acr: s.acr,
      amr: s.amr ?? null,
      idpSid: s.idpSid ?? null,
      idTokenHint: s.idToken ?? null,
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
    },
  });
  return id;
}

export async function findActiveSession(id: string) {
  const session = await db().authSession.findUnique({
    where: { id },
    select: {
      id: true, acr: true, expiresAt: true, revokedAt: true, idTokenHint: true,
      person: { select: { id: true, givenName: true, familyName: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  return session;
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
