/**
 * Creates, migrates and (when empty) seeds the database: `npm run db:setup`.
 * Used by `npm start`; safe to run again.
 */
import { closePglite, dbTarget, migrationTarget, sqlRunner } from "../db/adapter";
import { grantPortalRole } from "../db/roles";
import { createPrisma } from "../db/client";
import { migrate } from "../db/migrate";
import { today } from "../clock";
import { seedDatabase } from "../../prisma/seed";

export async function setupDatabase(): Promise<void> {
  const target = migrationTarget();
  const portal = dbTarget();
  const runner = await sqlRunner(target);
  try {
    const applied = await migrate(runner);
    console.info(`[db] ${target.kind}: ${applied.length} migration(s) applied`);
    if (target.kind === "postgres" && portal.kind === "postgres") {
      const role = await grantPortalRole(runner, target.url, portal.url);
      if (role) console.info(`[db] the portal's role "${role}" may read and write its tables and only add to the access log`);
    }
  } finally {
    await runner.close();
  }
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
