/**
 * Runs the retention job inside the portal: once at start and then daily.
 * Only in the Node.js server runtime; the job is idempotent, so several
 * instances running it do no harm.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.RETENTION_SCHEDULE === "off") return;
  const { runRetention } = await import("./lib/db/retention");
  const { createPrisma } = await import("./lib/db/client");
  const prisma = createPrisma();
  const run = () =>
    runRetention(prisma, new Date()).then(
      (counts) => console.info(`[retention] deleted ${JSON.stringify(counts)}`),
      () => console.error("[retention] run failed"),
    );
  setTimeout(run, 60_000).unref();
  setInterval(run, 24 * 3600_000).unref();
}
