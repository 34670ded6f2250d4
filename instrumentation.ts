/**
 * Runs once when the server starts. Checks the configuration, sends every
 * console line through the structured, scrubbed log, times every request
 * (lib/server/request-observer.ts) and makes page loads plain
 * (lib/server/plain-page.ts).
 *
 * On a developer's machine (`npm start`, one process) the retention job runs
 * inside the portal: a minute after start and then daily. On the platform,
 * with several instances, a scheduled job runs `npm run retention` once a day
 * instead (nais/retention-job.yaml), so this stays off there.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The configuration is checked when the server starts, not at the first request:
  // a missing or invalid variable stops the start with a message naming it.
  const { config } = await import("./lib/server/config");
  config();
  const { logger, logError, routeConsoleThroughLog } = await import("./lib/server/log");
  routeConsoleThroughLog();
  const { observeRequests } = await import("./lib/server/request-observer");
  observeRequests();
  // Page loads and a browser's form posts are sent without Next's client runtime (ADR 0021–0023).
  const { makePagesPlain, plainPagesEnabled } = await import("./lib/server/plain-page");
  if (plainPagesEnabled) makePagesPlain();
  if (process.env.RETENTION_SCHEDULE !== "in-process") return;
  const { runRetention } = await import("./lib/db/retention");
  const { db } = await import("./lib/server/db");
  const { metrics } = await import("./lib/server/metrics");
  const run = () =>
    runRetention(db(), new Date()).then(
      (counts) => {
        metrics().retentionRuns.inc({ outcome: "done" });
        logger().info({ deleted: counts }, "retention");
      },
      (error) => {
        metrics().retentionRuns.inc({ outcome: "failed" });
        return logError("retention failed", error);
      },
    );
  setTimeout(run, 60_000).unref();
  setInterval(run, 24 * 3600_000).unref();
}
