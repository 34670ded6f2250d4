import crypto from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { dbTarget, sqlRunner } from "@/lib/db/adapter";
import { migrate } from "@/lib/db/migrate";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { seedDatabase } from "@/prisma/seed";

// Every test file gets a database of its own, migrated and seeded the way
// `npm start` does it: in-memory PGlite, or a fresh database on the
// PostgreSQL server named by DATABASE_URL (dropped afterwards).
const server = dbTarget();
let created: string | null = null;

beforeAll(async () => {
  if (server.kind === "postgres") {
    created = `test_${crypto.randomBytes(6).toString("hex")}`;
    const admin = await sqlRunner(server);
    await admin.exec(`CREATE DATABASE ${created}`);
    await admin.close();
    const url = new URL(server.url);
    url.pathname = `/${created}`;
    process.env.DATABASE_URL = url.toString();
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
  await admin.exec(`DROP DATABASE IF EXISTS ${created} WITH (FORCE)`);
  await admin.close();
});
