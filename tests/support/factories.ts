import { db } from "@/lib/server/db";
import { type User } from "@/lib/server/auth/current-user";
import { syntheticFnr } from "@/lib/domain/fnr";
import { addDays } from "@/lib/domain/calendar";

let serial = 0;

/**
 * A person of the calling test's own, logged in at the high level, so a test
 * that changes data never touches a seeded person another test reads. Each
 * gets a birth date of its own in the 1930s (no seeded person is born then),
 * so the synthetic identity number is new.
 */
export async function newPerson(familyName: string, givenName = "Test"): Promise<User> {
  serial += 1;
  const born = addDays("1930-01-01", serial * 41 + (process.pid % 37));
  const p = await db().person.create({
    data: {
      fnr: syntheticFnr(born),
      givenName,
      familyName,
      birthDate: new Date(born),
      maritalStatus: "UNMARRIED",
      addressLine: "Testveien 1",
      postalCode: "0150",
      city: "Oslo",
      countryCode: "NO",
      navOffice: "Nav Oslo",
      eids: ["bankid"],
    },
    select: { id: true },
  });
  return { sessionId: `test-${p.id}`, personId: p.id, actorId: p.id, name: `${givenName} ${familyName}`, level: "high", acting: null };
}
