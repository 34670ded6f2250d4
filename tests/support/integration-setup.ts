import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { dbTarget, migrationTarget, sqlRunner } from "@/lib/db/adapter";
import { grantPortalRole } from "@/lib/db/roles";
import { migrate } from "@/lib/db/migrate";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { seedDatabase } from "@/prisma/seed";

// Every test file gets a database of its own, migrated and seeded the way
// `npm start` does it: in-memory PGlite, or a fresh database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards). There the
// migrations run as DATABASE_MIGRATION_URL's role (the owner) and the tests
// use the portal's role from DATABASE_URL, with only the rights it has in production.
const server = migrationTarget();
let created: string | null = null;

function inDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

beforeAll(async () => {
  if (server.kind === "postgres") {
    created = `test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = await sqlRunner(server);
    await admin.exec(`CREATE DATABASE ${created}`);
    await admin.close();
    process.env.DATABASE_URL = inDatabase(process.env.DATABASE_URL!, created);
    if (process.env.DATABASE_MIGRATION_URL) process.env.DATABASE_MIGRATION_URL = inDatabase(process.env.DATABASE_MIGRATION_URL, created);
  }
  const target = migrationTarget();
  const runner = await sqlRunner(target);
  await migrate(runner);
  const portal = dbTarget();
  if (target.kind === "postgres" && portal.kind === "postgres") await grantPortalRole(runner, target.url, portal.url);
  await runner.close();
  await seedDatabase(db(), today());
});

afterAll(async () => {
  if (server.kind !== "postgres" || !created) return;
  await db().$disconnect();
  const admin = await sqlRunner(server);
  try {
    // Every client of ours is closed by now. A plain DROP also ends an
    // autovacuum worker on the database, which FORCE (needing the right to
    // signal a superuser's process) may not; a leftover database is harmless.
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        await admin.exec(`DROP DATABASE IF EXISTS ${created}`);
        break;
      } catch (error) {
        if (attempt === 5) console.warn(`[test] could not drop ${created}:`, error instanceof Error ? error.message : error);
        else await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  } finally {
    await admin.close();
  }
});
