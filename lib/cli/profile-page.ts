/**
 * Where the server's time goes on one page: `npx tsx lib/cli/profile-page.ts [PATH] [--seconds=N] [--concurrency=N]`.
 * Runs the standalone server (as the image does) under `node --cpu-prof` on a
 * fresh PostgreSQL database with the seeded persons, loads PATH as Arne Nilsen
 * (ten years of payments) logged in with BankID, stops the server, and prints
 * the profile's top costs by package and by function (lib/cli/profile-summary.ts).
 * Default PATH: page 3 of a ten-year payment list. With --lighthouse, also
 * Lighthouse on the page (median of three runs); with --shifts, the layout shifts on a throttled phone
 * and the elements each one moved (lib/cli/layout-shifts.ts). The profile is kept in
 * bench-results/profiles/ for Chrome's DevTools. With --anonymous, PATH is loaded
 * as a first-time visitor with no cookie at all (for the public pages, which
 * the render cache answers then: ADR 0019).
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { sqlRunner } from "../db/adapter";
import { migrate } from "../db/migrate";
import { createPrisma } from "../db/client";
import { seedDatabase } from "../../prisma/seed";
import { scenarios } from "../../prisma/scenarios";
import { ensureBuilt, SERVER_NODE_FLAGS, standaloneServer } from "./build";
import { load, serverEnv, sessionCookies, waitUntilReady } from "./bench";
import { summarize } from "./profile-summary";
import { lighthouse, LIGHTHOUSE_HEADER, lighthouseRow } from "./lighthouse";
import { layoutShifts } from "./layout-shifts";

const PORT = 3300;
/** The date bench.ts pins the server to (serverEnv). */
const TODAY = "2026-11-12";
const SECRET = crypto.randomBytes(32).toString("hex");
const target = process.argv.slice(2).find((a) => a.startsWith("/")) ?? "/utbetalinger?periode=egen&fra=2016-01&til=2026-12&side=3";

/** Query counts by model and operation from the portal's /internal/metrics. */
async function queryCounts(): Promise<Map<string, number>> {
  const text = await (await fetch(`http://127.0.0.1:${PORT}/internal/metrics`)).text();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/^dinpensjon_db_query_seconds_count\{model="([^"]*)",operation="([^"]*)"\} (\d+)/gm))
    counts.set(`${m[2]} ${m[1]}`, Number(m[3]));
  return counts;
}

async function main() {
  ensureBuilt({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const url = execFileSync("bash", ["tests/support/ensure-postgres.sh"], {
    env: { ...process.env, PG_TEST_DB: "dinpensjon_profile" },
    encoding: "utf8",
  }).trim();
  const runner = await sqlRunner({ kind: "postgres", url });
  await migrate(runner);
  await runner.close();
  const prisma = createPrisma({ kind: "postgres", url });
  await seedDatabase(prisma, TODAY);
  const arne = scenarios(TODAY).find((s) => s.key === "long-history")!;
  const person = await prisma.person.findUniqueOrThrow({ where: { fnr: arne.fnr }, select: { id: true } });
  // Twenty sessions of the same person, as twenty browsers would hold.
  const cookies = process.argv.includes("--anonymous") ? [""] : await sessionCookies(prisma, Array(20).fill(person.id), SECRET);
  await prisma.$disconnect();

  const dir = path.resolve("bench-results", "profiles");
  fs.mkdirSync(dir, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, "-")}.cpuprofile`;

  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${name}`, standaloneServer()], {
    env: serverEnv(SECRET, { kind: "postgres", url }),
    stdio: "ignore",
  });
  try {
    await waitUntilReady(`http://127.0.0.1:${PORT}/internal/isready`);
    await load(target, cookies, server.pid!); // warm-up: the first requests compile and fill caches
    const html = await (await fetch(`http://127.0.0.1:${PORT}${target}`, { headers: cookies[0] ? { cookie: cookies[0] } : {} })).text();
    fs.writeFileSync(path.join(dir, "page.html"), html);
    console.info(
      `[profile] the page: ${(html.length / 1024).toFixed(0)} kB of HTML, ${(html.match(/<[a-z]/g) ?? []).length} elements (bench-results/profiles/page.html)`,
    );
    const before = await queryCounts();
    const r = await load(target, cookies, server.pid!);
    const after = await queryCounts();
    console.info(
      `[profile] ${target}: ${r.requests} requests, ${r.rps.toFixed(1)} req/s, p50 ${r.p50.toFixed(0)} ms, ${r.cpuMsPerRequest.toFixed(1)} ms CPU/req, ${r.errors} errors`,
    );
    // The portal's own metric, so the figure is what production would show.
    const perRequest = [...after].map(([k, n]) => [k, (n - (before.get(k) ?? 0)) / r.requests] as const).filter(([, n]) => n > 0);
    // What the young generation's size (SERVER_NODE_FLAGS) costs in memory: the most the process has held so far.
    const peak = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1];
    if (peak) console.info(`[profile] the server's peak resident memory: ${(Number(peak) / 1024).toFixed(0)} MB`);
    console.info(`[profile] database queries per request: ${perRequest.reduce((a, [, n]) => a + n, 0).toFixed(1)}`);
    for (const [k, n] of perRequest.sort((a, b) => b[1] - a[1])) console.info(`${n.toFixed(2).padStart(8)}  ${k}`);
    if (process.argv.includes("--lighthouse")) {
      const s = lighthouse(`http://127.0.0.1:${PORT}${target}`, cookies[0] || undefined);
      console.info([...LIGHTHOUSE_HEADER, lighthouseRow(target, s)].join("\n"));
    }
    if (process.argv.includes("--shifts")) {
      const shifts = await layoutShifts(`http://127.0.0.1:${PORT}${target}`, cookies[0] || undefined);
      const total = shifts.reduce((a, s) => a + s.value, 0);
      console.info(`[profile] layout shifts on a throttled phone: ${shifts.length}, together ${total.toFixed(3)}`);
      for (const s of shifts) {
        console.info(`  ${s.value.toFixed(3)} at ${s.at} ms`);
        for (const m of s.moved) console.info(`    ${m.element}: ${m.from} → ${m.to}`);
      }
    }
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  const file = path.join(dir, name);
  const s = summarize(JSON.parse(fs.readFileSync(file, "utf8")), 20);
  console.info(`[profile] ${file} (warm-up included): ${s.totalMs} ms sampled`);
  for (const r of s.byPackage) console.info(`${String(r.ms).padStart(8)} ms ${String(r.share).padStart(5)} %  ${r.what}`);
  console.info("");
  for (const r of s.byFunction) console.info(`${String(r.ms).padStart(8)} ms ${String(r.share).padStart(5)} %  ${r.what}`);
}

main().catch((error) => {
  console.error("[profile] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
