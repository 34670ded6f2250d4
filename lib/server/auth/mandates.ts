import "server-only";
import { db } from "../db";
import { dayOrNull, type IsoDate } from "../../domain/calendar";
import { mandateOn, powerStatus, type Mandate, type PowerFacts, type PowerKind, type Scope } from "../../domain/representation";

type PowerRow = {
  kind: PowerKind;
  scopes: Scope[];
  validFrom: Date;
  validTo: Date | null;
  revokedAt: Date | null;
  grantor: { deathDate: Date | null };
};

export const factsOf = (p: PowerRow): PowerFacts => ({
  kind: p.kind,
  scopes: p.scopes,
  validFrom: dayOrNull(p.validFrom)!,
  validTo: dayOrNull(p.validTo),
  revoked: p.revokedAt !== null,
  grantorDied: dayOrNull(p.grantor.deathDate),
});

const powerSelect = {
  id: true,
  kind: true,
  scopes: true,
  validFrom: true,
  validTo: true,
  revokedAt: true,
  grantorId: true,
  grantor: { select: { givenName: true, familyName: true, deathDate: true } },
} as const;

/**
 * What `attorneyId` may do for `grantorId` today, read from the database on
 * every request: a power revoked or expired a moment ago no longer counts.
 */
export async function mandateBetween(attorneyId: string, grantorId: string, today: IsoDate): Promise<{ mandate: Mandate; subjectName: string } | null> {
  const powers = await db().powerOfAttorney.findMany({ where: { attorneyId, grantorId }, select: powerSelect });
  const mandate = mandateOn(powers.map(factsOf), today);
  if (!mandate || !powers[0]) return null;
  return { mandate, subjectName: `${powers[0].grantor.givenName} ${powers[0].grantor.familyName}` };
}

/** `subjectId` is whom the power is for; it stays on the server (the chooser posts `powerId`). */
export type HeldMandate = { powerId: string; subjectId: string; subjectName: string; kind: PowerKind; scopes: Scope[]; validTo: IsoDate | null };

/** The people `attorneyId` may act for today, one entry per person (the powers joined), by name. */
export async function heldMandates(attorneyId: string, today: IsoDate): Promise<HeldMandate[]> {
  const powers = await db().powerOfAttorney.findMany({ where: { attorneyId, revokedAt: null }, select: powerSelect, orderBy: { createdAt: "asc" } });
  const byGrantor = new Map<string, typeof powers>();
  for (const p of powers) byGrantor.set(p.grantorId, [...(byGrantor.get(p.grantorId) ?? []), p]);
  const held: HeldMandate[] = [];
  for (const group of byGrantor.values()) {
    const active = group.filter((p) => powerStatus(factsOf(p), today) === "ACTIVE");
    const mandate = mandateOn(active.map(factsOf), today);
    if (!mandate) continue;
    const validTo = active.some((p) => p.validTo === null)
      ? null
      : active
          .map((p) => dayOrNull(p.validTo)!)
          .sort()
          .at(-1)!;
    held.push({
      powerId: active[0].id,
      subjectId: group[0].grantorId,
      subjectName: `${group[0].grantor.givenName} ${group[0].grantor.familyName}`,
      ...mandate,
      validTo,
    });
  }
  return held.sort((a, b) => a.subjectName.localeCompare(b.subjectName, "nb"));
}

/** The person a power (held by `attorneyId`, active today) lets them act for; null for anything else. */
export async function grantorOfHeldPower(attorneyId: string, powerId: string, today: IsoDate): Promise<string | null> {
  const power = await db().powerOfAttorney.findFirst({ where: { id: powerId, attorneyId }, select: powerSelect });
  return power && powerStatus(factsOf(power), today) === "ACTIVE" ? power.grantorId : null;
}

/** Sets whom a session acts for (null: the person themself) and marks the choice as made. Only the session's own row. */
export async function setActingFor(sessionId: string, personId: string, grantorId: string | null): Promise<void> {
  await db().authSession.updateMany({ where: { id: sessionId, personId, revokedAt: null }, data: { actingForId: grantorId, mustChoose: false } });
}
