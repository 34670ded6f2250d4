/** `npm run retention`: deletes expired chat-like data now; prints counts only. */
import { closePglite, dbTarget } from "../db/adapter";
import { createPrisma } from "../db/client";
import { runRetention } from "../db/retention";

const target = dbTarget();
const prisma = createPrisma(target);
runRetention(prisma, new Date())
  .then(async (result) => {
    console.info(`[retention] deleted ${JSON.stringify(result)}`);
    await prisma.$disconnect();
    if (target.kind === "pglite") await closePglite(target.dataDir);
  })
  .catch((error) => {
    console.error("[retention] failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
