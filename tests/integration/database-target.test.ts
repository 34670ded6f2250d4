import { expect, it } from "vitest";
import { POOL_LIMITS } from "@/lib/db/adapter";
import { dbTarget } from "@/lib/db/adapter";
import { roleOf } from "@/lib/db/roles";
import { db } from "@/lib/server/db";

// Proves which database the suite ran on: `npm test` runs it on PGlite and again on PostgreSQL.
it("runs on the database the environment selects", async () => {
  const expected = process.env.DATABASE_URL ? "postgres" : "pglite";
  expect(dbTarget().kind).toBe(expected);
  const [{ user }] = await db().$queryRaw<{ user: string }[]>`SELECT current_user::text AS user`;
  expect(user).toBe(expected === "postgres" ? roleOf(process.env.DATABASE_URL!) : "postgres");
});

// No request waits on the database for ever: a statement over the limit is cancelled by the server.
it.runIf(!!process.env.DATABASE_URL)(
  "gives up on a statement that runs too long",
  async () => {
    const seconds = POOL_LIMITS.statement_timeout / 1000 + 1;
    await expect(db().$queryRawUnsafe(`SELECT pg_sleep(${seconds})`)).rejects.toThrow(/statement timeout|cancel/i);
    expect((await db().$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`)[0].ok).toBe(1);
  },
  30_000,
);
