import { describe, expect, it } from "vitest";
import { dbTarget, migrationTarget, sqlRunner } from "@/lib/db/adapter";
import { portalGrants, roleOf } from "@/lib/db/roles";
import { db } from "@/lib/server/db";
import { userFor } from "@/tests/support/users";

// Issue 9 item 26. On PostgreSQL `npm test` runs the integration suite as the
// portal's own role (dinpensjon_portal) with the migrations run by the owner
// (dinpensjon). PGlite has one user, a superuser; there the append-only
// triggers are the only guard (README, "Database roles").
// (The set-up moves both URLs to this file's own database: read them when used.)
const separated = (env = process.env) => !!env.DATABASE_URL && !!env.DATABASE_MIGRATION_URL && roleOf(env.DATABASE_URL) !== roleOf(env.DATABASE_MIGRATION_URL);

describe.runIf(separated())("the portal's database role", () => {
  const asPortal = () => sqlRunner(dbTarget());

  it("owns nothing, is no superuser and cannot create tables", async () => {
    const sql = await asPortal();
    try {
      const [me] = await sql.query<{ rolsuper: boolean; rolcreaterole: boolean; owned: number }>(
        `SELECT r.rolsuper, r.rolcreaterole,
           (SELECT count(*)::int FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
      );
      expect(me).toEqual({ rolsuper: false, rolcreaterole: false, owned: 0 });
      await expect(sql.exec(`CREATE TABLE "Sneaky" (id int)`)).rejects.toThrow(/permission denied/);
    } finally {
      await sql.close();
    }
  });

  it("may add to and read the access log, but not change, empty or unguard it", async () => {
    const user = await userFor("full");
    const sql = await asPortal();
    try {
      const [added] = await sql.query<{ id: string }>(
        `INSERT INTO "AccessLog" ("subjectId", "actorKind", "dataKind", "purpose") VALUES ($1, 'SELF', 'PAYMENTS', 'SELF_SERVICE') RETURNING id::text`,
        [user.personId],
      );
      const [{ count }] = await sql.query<{ count: number }>(`SELECT count(*)::int AS count FROM "AccessLog" WHERE id = $1`, [added.id]);
      expect(count).toBe(1);
      for (const statement of [
        `UPDATE "AccessLog" SET purpose = 'tampered' WHERE id = ${Number(added.id)}`,
        `DELETE FROM "AccessLog" WHERE id = ${Number(added.id)}`,
        `TRUNCATE "AccessLog"`,
      ]) {
        await expect(sql.exec(statement), statement).rejects.toThrow(/permission denied/);
      }
      // Without owning the table the role cannot switch the append-only triggers off or drop them.
      await expect(sql.exec(`ALTER TABLE "AccessLog" DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(sql.exec(`DROP TRIGGER access_log_no_update_delete ON "AccessLog"`)).rejects.toThrow(/must be owner/);
      await expect(sql.exec(`DELETE FROM "_migrations"`)).rejects.toThrow(/permission denied/);
    } finally {
      await sql.close();
    }
    const after = await db().accessLog.findFirstOrThrow({ where: { subjectId: user.personId }, orderBy: { id: "desc" } });
    expect(after.purpose).toBe("SELF_SERVICE");
  });

  it("still lets the portal do its work: the data layer reads and writes through it", async () => {
    const [{ user }] = await db().$queryRaw<{ user: string }[]>`SELECT current_user::text AS user`;
    expect(user).toBe(roleOf(process.env.DATABASE_URL!));
    expect(await db().person.count()).toBeGreaterThan(0);
  });

  it("keeps the owner behind the triggers too", async () => {
    const sql = await sqlRunner(migrationTarget());
    try {
      await expect(sql.exec(`DELETE FROM "AccessLog"`)).rejects.toThrow(/append-only/);
    } finally {
      await sql.close();
    }
  });
});

describe("the grants", () => {
  it("refuse a role name that is not a plain identifier", () => {
    expect(() => portalGrants(`x"; DROP TABLE "Person"; --`)).toThrow();
    expect(() => portalGrants("Portal")).toThrow();
    expect(portalGrants("dinpensjon_portal")).toContain(`GRANT SELECT, INSERT ON "AccessLog" TO "dinpensjon_portal"`);
  });
});
