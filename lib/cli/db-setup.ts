/**
 * Creates, migrates and (when empty) seeds the database: `npm run db:setup`.
 * Used by `npm start`; safe to run again.
 */
import { closePglite, dbTarget, sqlRunner } from "../db/adapter";
import { createPrisma } from "../db/client";
import { migrate } from "../db/migrate";
import { today } from "../clock";
import { seedDatabase } from "../../prisma/seed";

export async function setupDatabase(): Promise<void> {
  const target = dbTarget();
  const runner = await sqlRunner(target);
  const applied = await migrate(runner);
  await runner.close();
  console.info(`[db] ${target.kind}: ${applied.length} migration(s) applied`);
  const prisma = createPrisma(target);
  try {
    if ((await prisma.person.count()) === 0 || process.argv.includes("--seed")) {
      const result = await seedDatabase(prisma, today());
      console.info(`[db] seeded ${result.persons} persons, ${result.payments} payments`);
    }
  } finally {
    await prisma.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase().then(
    () => process.exit(0),
    (error) => {
      console.error("[db] setup failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
