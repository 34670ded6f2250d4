import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dumpPglite, migrationTarget, sqlRunner, type DbTarget } from "@/lib/db/adapter";
import { createPrisma } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { grantPortalRole } from "@/lib/db/roles";
import { seedDatabase } from "@/prisma/seed";
import { INTEGRATION_TODAY } from "./today";

/** The database a test file's own database is copied from on a PostgreSQL server. */
export function templateDatabase(ownerUrl: string): string {
  return `${new URL(ownerUrl).pathname.slice(1)}_template`;
}

export function inDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
  }
}

/** For embedded PGlite: the same, as a snapshot file each test file's in-memory database starts from (PGLITE_SNAPSHOT). */
async function pgliteSnapshot(project: TestProject) {
  const target: DbTarget = { kind: "pglite", dataDir: "memory://" };
  const runner = await sqlRunner(target);
  await migrate(runner);
  const prisma = createPrisma(target);
  await seedDatabase(prisma, INTEGRATION_TODAY);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinpensjon-test-"));
  const file = path.join(dir, "seeded.tar");
  await dumpPglite(target.dataDir, file);
  await prisma.$disconnect();
  project.provide("pgliteSnapshot", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * On a PostgreSQL server, the migrations, grants and seed run once, into a
 * template database; each test file then gets its own copy of it
 * (`CREATE DATABASE … TEMPLATE`, a file copy inside the server) instead of
 * migrating and seeding again. Embedded PGlite needs no template.
 */
export default async function setup(project: TestProject) {
  const server = migrationTarget();
  if (server.kind !== "postgres" || !process.env.DATABASE_URL) return pgliteSnapshot(project);
  const name = templateDatabase(server.url);
  const admin = await sqlRunner(server);
  await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
  await admin.exec(`CREATE DATABASE ${name}`);
  const target = { kind: "postgres" as const, url: inDatabase(server.url, name) };
  const runner = await sqlRunner(target);
  await migrate(runner);
  await grantPortalRole(runner, target.url, inDatabase(process.env.DATABASE_URL, name));
  await runner.close();
  const prisma = createPrisma(target);
  await seedDatabase(prisma, INTEGRATION_TODAY);
  await prisma.$disconnect();
  // No one (autovacuum included) may be connected while a copy is made.
  await admin.exec(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
  return async () => {
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.close();
  };
}
