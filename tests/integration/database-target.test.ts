import { expect, it } from "vitest";
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
