import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { factsOf, heldMandates } from "../auth/mandates";
import { type IsoDate, dayOrNull, osloDate } from "../../domain/calendar";
import { powerStatus, sameFamilyName, type Scope } from "../../domain/representation";
import { authorize, logAccess } from "./access-log";
import { Conflict, exactlyOnce, recordCase, type SubmitResult, personTransaction } from "./exactly-once";

export const GIVE_CASE_TYPE = "POWER_OF_ATTORNEY";
export const REVOKE_CASE_TYPE = "POWER_OF_ATTORNEY_REVOKED";

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);
const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

const grantedSelect = {
  id: true,
  kind: true,
  scopes: true,
  validFrom: true,
  validTo: true,
  revokedAt: true,
  createdAt: true,
  attorney: { select: { givenName: true, familyName: true } },
  grantor: { select: { deathDate: true } },
} as const;

type GrantedRow = { id: string; kind: "POWER_OF_ATTORNEY" | "GUARDIAN"; scopes: Scope[]; validFrom: Date; validTo: Date | null; revokedAt: Date | null };

const toGranted = (p: GrantedRow & { attorney: { givenName: string; familyName: string }; grantor: { deathDate: Date | null } }, today: IsoDate) => ({
  id: p.id,
  kind: p.kind,
  scopes: p.scopes,
  attorneyName: fullName(p.attorney),
  validFrom: dayOrNull(p.validFrom)!,
  validTo: dayOrNull(p.validTo),
  // Revoked at an instant: the day it happened in Norway.
  revokedOn: p.revokedAt ? osloDate(p.revokedAt) : null,
  status: powerStatus(factsOf(p), today),
});
export type GrantedPower = ReturnType<typeof toGranted>;

/** Who can act for the person (newest first, the ended ones too) and whom they can act for. Only the person themself. */
export async function powersOverview(user: User, today: IsoDate) {
  await authorize(user, "SELF");
  const [granted, held] = await Promise.all([
    db().powerOfAttorney.findMany({ where: { grantorId: user.personId }, select: grantedSelect, orderBy: { createdAt: "desc" } }),
    heldMandates(user.personId, today),
  ]);
  await logAccess(user, "SELF", ["POWERS"]);
  return { granted: granted.map((p) => toGranted(p, today)), held };
}

/** One power the person has given; null when it is not theirs. */
export async function grantedPower(user: User, id: string, today: IsoDate): Promise<GrantedPower | null> {
  await authorize(user, "SELF");
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const p = await db().powerOfAttorney.findFirst({ where: { id, grantorId: user.personId }, select: grantedSelect });
  await logAccess(user, "SELF", ["POWERS"]);
  return p ? toGranted(p, today) : null;
}

/**
 * The living person an identity number belongs to, when the family name typed
 * matches the register; null otherwise, without saying which part was wrong,
 * so the form never tells whose a number is.
 */
export async function attorneyByFnr(fnr: string, typedFamilyName: string): Promise<{ id: string; name: string } | null> {
  const p = await db().person.findUnique({ where: { fnr }, select: { id: true, givenName: true, familyName: true, deathDate: true } });
  return p && !p.deathDate && sameFamilyName(typedFamilyName, p.familyName) ? { id: p.id, name: fullName(p) } : null;
}

/** The person's own identity number, to stop a power to oneself. Never leaves the server. */
export async function ownFnr(user: User): Promise<string> {
  return (await db().person.findUniqueOrThrow({ where: { id: user.actorId }, select: { fnr: true } })).fnr;
}

export type NewPower = { attorney: { id: string; name: string }; scopes: Scope[]; validTo: IsoDate };

/**
 * Gives a power, once per form: the power itself, a decided case with the
 * person's message, and a message to the new representative. A power the
 * same person already holds from the grantor is replaced (revoked in the
 * same transaction), so there is never more than one to keep track of.
 */
export async function givePower(user: User, power: NewPower, opts: { idempotencyKey: string; today: IsoDate }): Promise<SubmitResult> {
  return exactlyOnce(user, opts.idempotencyKey, GIVE_CASE_TYPE, () =>
    personTransaction(user, "SELF", async (tx) => {
      const now = new Date();
      const replaced = await tx.powerOfAttorney.updateMany({
        where: { grantorId: user.personId, attorneyId: power.attorney.id, kind: "POWER_OF_ATTORNEY", revokedAt: null },
        data: { revokedAt: now },
      });
      await tx.powerOfAttorney.create({
        data: { grantorId: user.personId, attorneyId: power.attorney.id, scopes: power.scopes, validFrom: day(opts.today), validTo: day(power.validTo) },
      });
      const caseId = await recordCase(tx, user, {
        type: GIVE_CASE_TYPE,
        need: "SELF",
        idempotencyKey: opts.idempotencyKey,
        payload: { attorneyName: power.attorney.name, scopes: power.scopes, validTo: power.validTo, replaced: replaced.count > 0 },
        decided: true,
        message: {
          subject: "Du har gitt en fullmakt",
          body: `${power.attorney.name} kan nå bruke Din pensjon for deg, til og med ${power.validTo}. Du kan se og trekke tilbake fullmakten under Fullmakter. Ring oss på 55 55 33 34 hvis det ikke var deg som ga fullmakten.`,
        },
        audit: "POWERS",
      });
      await tx.message.create({
        data: {
          personId: power.attorney.id,
          channel: "NOTICE",
          fromNav: true,
          subject: "Du har fått en fullmakt",
          body: `${user.name} har gitt deg fullmakt i Din pensjon, til og med ${power.validTo}. Logg inn og velg ${user.name} for å bruke den.`,
          createdAt: now,
        },
      });
      return caseId;
    }),
  );
}

/**
 * Revokes a power of attorney the person has given. It stops at once, also for
 * a representative who is using it right now (every request checks the power).
 * Guardianships are decided by the county governor and cannot be revoked here.
 */
export async function revokePower(user: User, powerId: string, opts: { idempotencyKey: string }): Promise<SubmitResult> {
  return exactlyOnce(user, opts.idempotencyKey, REVOKE_CASE_TYPE, () =>
    personTransaction(user, "SELF", async (tx) => {
      const now = new Date();
      const power = await tx.powerOfAttorney.findFirst({
        where: { id: powerId, grantorId: user.personId, kind: "POWER_OF_ATTORNEY", revokedAt: null },
        select: { attorneyId: true, attorney: { select: { givenName: true, familyName: true } } },
      });
      if (!power) throw new Conflict();
      const { count } = await tx.powerOfAttorney.updateMany({ where: { id: powerId, revokedAt: null }, data: { revokedAt: now } });
      if (count !== 1) throw new Conflict();
      const name = fullName(power.attorney);
      const caseId = await recordCase(tx, user, {
        type: REVOKE_CASE_TYPE,
        need: "SELF",
        idempotencyKey: opts.idempotencyKey,
        payload: { attorneyName: name },
        decided: true,
        message: { subject: "Du har trukket tilbake en fullmakt", body: `${name} kan ikke lenger bruke Din pensjon for deg. Det gjelder fra nå.` },
        audit: "POWERS",
      });
      await tx.message.create({
        data: {
          personId: power.attorneyId,
          channel: "NOTICE",
          fromNav: true,
          subject: "En fullmakt er trukket tilbake",
          body: `${user.name} har trukket tilbake fullmakten du hadde i Din pensjon. Du kan ikke lenger bruke tjenesten for ${user.name}.`,
          createdAt: now,
        },
      });
      return caseId;
    }),
  );
}
