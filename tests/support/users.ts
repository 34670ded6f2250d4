import { db } from "@/lib/server/db";
import { type User } from "@/lib/server/auth/current-user";
import { scenarios } from "@/prisma/scenarios";
import { today } from "@/lib/clock";
import { mandateBetween } from "@/lib/server/auth/mandates";

export function scenario(key: string) {
  const s = scenarios(today()).find((x) => x.key === key);
  if (!s) throw new Error(`No scenario ${key}`);
  return s;
}

/** A logged-in user for a seeded scenario, as requireUser would return it. */
export async function userFor(key: string, level: User["level"] = "high"): Promise<User> {
  const s = scenario(key);
  const person = await db().person.findUniqueOrThrow({ where: { fnr: s.fnr }, select: { id: true } });
  return { sessionId: `test-${key}`, personId: person.id, actorId: person.id, name: `${s.givenName} ${s.familyName}`, level, acting: null };
}

/** A representative acting for someone, as currentUser builds it from a valid power (throws when none holds today). */
export async function actingUser(attorneyKey: string, grantorKey: string): Promise<User> {
  const attorney = await userFor(attorneyKey);
  const grantor = await userFor(grantorKey);
  const found = await mandateBetween(attorney.personId, grantor.personId, today());
  if (!found) throw new Error(`${attorneyKey} holds no valid power for ${grantorKey}`);
  return { ...attorney, personId: grantor.personId, acting: { ...found.mandate, subjectName: found.subjectName } };
}
