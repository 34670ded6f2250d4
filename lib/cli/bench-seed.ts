import { type SqlRunner } from "../db/adapter";
import { syntheticFnr } from "../domain/fnr";
import { addDays } from "../domain/calendar";

export const BENCH_PERSONS = 20_000;
const BATCH = 1_000;

/** Synthetic persons (valid synthetic identity numbers, 20,000 unless told) with ten years of monthly payments, in batches. */
export async function seedBenchPersons(db: SqlRunner, count = BENCH_PERSONS): Promise<void> {
  if (count > 100_000) throw new Error("The bench's identity numbers are unique up to 100,000 persons");
  const existing = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Person" WHERE "givenName" = 'Bench'`);
  if (existing[0].n >= count) return;
  for (let start = existing[0].n; start < count; start += BATCH) {
    const fnrs: string[] = [];
    for (let i = start; i < Math.min(start + BATCH, count); i++) {
      // Spread over 10,000 birth dates (1940–1967); the individual number (200–499, born in the 1900s) keeps them unique, up to 100,000.
      const birth = addDays("1940-01-01", i % 10_000);
      fnrs.push(syntheticFnr(birth, 200 + Math.floor(i / 10_000) * 30));
    }
    const list = fnrs.map((f) => `'${f}'`).join(",");
    // One statement: each insert feeds the next through RETURNING, so nothing is looked up again.
    await db.exec(`
      WITH persons AS (
        INSERT INTO "Person" (id, fnr, "givenName", "familyName", "birthDate", "maritalStatus", "addressLine", "postalCode", city, "countryCode", "navOffice", eids)
        SELECT gen_random_uuid(), f, 'Bench', 'Person', DATE '1950-01-01', 'MARRIED', 'Testveien 1', '0150', 'Oslo', 'NO', 'Nav Oslo', ARRAY['bankid']
        FROM unnest(ARRAY[${list}]::text[]) AS f
        RETURNING id
      ), pensions AS (
        INSERT INTO "Pension" (id, "personId", type, "startMonth", "fullAmountAtStartOre", "supplementAtStartOre")
        SELECT gen_random_uuid(), id, 'ALDERSPENSJON', '2016-11', 2500000, 0 FROM persons
        RETURNING id, "personId"
      ), payments AS (
        INSERT INTO "Payment" (id, "personId", "pensionId", "periodMonth", "paymentDate", "estimatedDate")
        SELECT gen_random_uuid(), p."personId", p.id, to_char(d, 'YYYY-MM'), (d + interval '19 days')::date, true
        FROM pensions p CROSS JOIN generate_series(DATE '2016-11-01', DATE '2026-10-01', interval '1 month') d
        RETURNING id, "periodMonth"
      )
      INSERT INTO "PaymentLine" (id, "paymentId", position, type, code, "amountOre", "taxBasis")
      SELECT gen_random_uuid(), pay.id, l.pos, l.kind::"PaymentLineType", l.code,
             CASE WHEN l.pos = 0 THEN 2500000 WHEN pay."periodMonth" LIKE '%-12' THEN 0 ELSE -550000 END,
             CASE WHEN l.pos = 1 THEN 'table:7100' END
      FROM payments pay
      CROSS JOIN (VALUES (0, 'PENSION', 'retirementPension'), (1, 'TAX', 'ordinaryTax')) AS l(pos, kind, code);`);
    process.stdout.write(`\r[bench] persons seeded: ${Math.min(start + BATCH, count)}/${count}`);
  }
  process.stdout.write("\n");
}
