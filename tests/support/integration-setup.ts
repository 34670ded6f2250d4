import crypto from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { dbTarget, migrationTarget, sqlRunner } from "@/lib/db/adapter";
import { migrate } from "@/lib/db/migrate";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { seedDatabase } from "@/prisma/seed";
import { inDatabase, templateDatabase } from "./integration-global-setup";

// Every test file gets a database of its own, migrated and seeded the way
// `npm start` does it: in-memory PGlite, or on the PostgreSQL server named by
// DATABASE_URL a copy of the template that integration-global-setup.ts
// migrated and seeded once (dropped afterwards). There the migrations ran as
// DATABASE_MIGRATION_URL's role (the owner) and the tests use the portal's
// role from DATABASE_URL, with only the rights it has in production.
const server = migrationTarget();
let created: string | null = null;

beforeAll(async () => {
  if (server.kind === "postgres") {
    created = `test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = await sqlRunner(server);
    await admin.exec(`CREATE DATABASE ${created} TEMPLATE ${templateDatabase(server.url)}`);
    await admin.close();
    process.env.DATABASE_URL = inDatabase(process.env.DATABASE_URL!, created);
    if (process.env.DATABASE_MIGRATION_URL) process.env.DATABASE_MIGRATION_URL = inDatabase(process.env.DATABASE_MIGRATION_URL, created);
    return;
  }
  // In-memory PGlite: a copy of the snapshot the global setup migrated and seeded; without one, migrate and seed here.
  const snapshot = inject("pgliteSnapshot");
  if (snapshot) {
    process.env.PGLITE_SNAPSHOT = snapshot;
    return;
  }
  const runner = await sqlRunner(dbTarget());
  await migrate(runner);
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
