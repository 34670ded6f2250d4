import crypto from "node:crypto";
import { createPrisma, type Db } from "../../lib/db/client";
import { syntheticFnr } from "../../lib/domain/fnr";
import { seedScenario } from "../../prisma/seed";
import { scenarios, type Scenario } from "../../prisma/scenarios";
import { E2E_DATABASE_URL, E2E_TODAY } from "../../playwright.config";

let prisma: Db | undefined;

/**
 * A copy of a seeded test person, made for the calling test alone in the
 * portal's database: the same situation, pension, payments, letters and
 * cases, built by the seed's own functions, but a new synthetic identity
 * number and no powers to or from anyone. A test that changes data uses one,
 * so no other test (in any order, on any worker) reads or changes what it
 * changes. Log in as it with `loginOwn`.
 */
export async function ownPerson(key: string): Promise<Scenario> {
  const base = scenarios(E2E_TODAY).find((s) => s.key === key);
  if (!base) throw new Error(`No seeded test person "${key}"`);
  prisma ??= createPrisma({ kind: "postgres", url: E2E_DATABASE_URL });
  // The seed uses the first free individual numbers from 100; copies draw from 200–479, and draw again on a clash.
  for (let attempt = 0; attempt < 30; attempt++) {
    const fnr = syntheticFnr(base.birthDate, 200 + crypto.randomInt(280), base.dNumber ?? false);
    const copy: Scenario = { ...base, fnr, holds: undefined };
    try {
      await seedScenario(prisma, copy, E2E_TODAY);
      return copy;
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  throw new Error(`No free synthetic identity number for a copy of "${key}"`);
}
