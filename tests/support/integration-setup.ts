import { beforeAll } from "vitest";
import { dbTarget, sqlRunner } from "@/lib/db/adapter";
import { migrate } from "@/lib/db/migrate";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { seedDatabase } from "@/prisma/seed";

// Each test file runs in its own worker with its own in-memory PGlite,
// migrated and seeded the same way `npm start` does it.
beforeAll(async () => {
  await migrate(await sqlRunner(dbTarget()));
  await seedDatabase(db(), today());
});
