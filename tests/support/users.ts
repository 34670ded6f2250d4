import { db } from "@/lib/server/db";
import { type User } from "@/lib/server/auth/current-user";
import { scenarios } from "@/prisma/scenarios";
import { today } from "@/lib/clock";

export function scenario(key: string) {
  const s = scenarios(today()).find((x) => x.key === key);
  if (!s) throw new Error(`No scenario ${key}`);
  return s;
}

/** A logged-in user for a seeded scenario, as requireUser would return it. */
export async function userFor(key: string, level: User["level"] = "high"): Promise<User> {
  const s = scenario(key);
  const person = await db().person.findUniqueOrThrow({ where: { fnr: s.fnr }, select: { id: true } });
  return { sessionId: `test-${key}`, personId: person.id, name: `${s.givenName} ${s.familyName}`, level };
}
