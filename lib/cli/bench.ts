/**
 * `npm run bench`: seeds 20,000 persons with ten years of monthly payments into
 * PostgreSQL (installed from Debian where missing) and into the embedded PGlite,
 * then runs the standalone server as the image does and measures, per endpoint,
 * under concurrent load: req/s, p50/p95/p99, the ratio to a static file from the
 * same server, and the server's CPU time per request; and the first-load
 * JavaScript of each page as the browser downloads it. Bounded in time.
 *   --only=postgres|pglite   one target   --seconds=N   per endpoint (default 20)
 *   --concurrency=N          clients at once (default 10)
 *   --no-lighthouse          leave out Lighthouse (lib/cli/lighthouse.ts)
 *   --persons=N              another number of persons (default 20,000) in a database of its own;
 *                            a run with another number of persons or clients writes
 *                            bench-results/N-persons-C-clients.md and leaves the README alone
 */
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import { closePglite, type DbTarget, sqlRunner } from "../db/adapter";
import { migrate } from "../db/migrate";
import { createPrisma, type Db } from "../db/client";
import { seedDatabase } from "../../prisma/seed";
import { BENCH_PERSONS, seedBenchPersons } from "./bench-seed";
import { ensureBuilt, SERVER_NODE_FLAGS, standaloneServer } from "./build";
import { BROWSER_HEADERS, firstLoadJs } from "./page-weight";
import { lighthouse, LIGHTHOUSE_HEADER, lighthouseRow } from "./lighthouse";
import { osloDate } from "../domain/calendar";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SECONDS = Number(arg("seconds") ?? 20);
const CONCURRENCY = Number(arg("concurrency") ?? 10);
const PERSONS = Number(arg("persons") ?? BENCH_PERSONS);
/** `DINPENSJON_PLAIN_PAGES=off` measures every page with Next's runtime, to compare with plain pages (ADR 0021). */
const RUNTIME_KEPT = process.env.DINPENSJON_PLAIN_PAGES === "off";
/** The README's table is the standard run; any other is written beside it. */
const STANDARD = PERSONS === BENCH_PERSONS && CONCURRENCY === 10 && !RUNTIME_KEPT;
const PORT = 3300;
const TODAY = "2026-11-12";
const SECRET = crypto.randomBytes(32).toString("hex");
const SESSIONS = 200;

/**
 * The public pages are asked for as a first-time visitor who is not logged in
 * (no cookie at all, so each request also gets a fresh CSRF token): the
 * render cache answers them (ADR 0019). The front page is also asked for with
 * a session, which the cache never answers, to show what rendering costs.
 */
const ENDPOINTS = [
  { name: "Static file", path: "/robots.txt", page: false, session: false },
  { name: "/internal/isalive", path: "/internal/isalive", page: false, session: false },
  { name: "Front page (not logged in)", path: "/", page: true, session: false },
  { name: "Payment calendar (not logged in)", path: "/utbetalingskalender", page: true, session: false },
  { name: "Front page (logged in)", path: "/", page: true, session: true },
  { name: "Overview", path: "/oversikt", page: true, session: true },
  { name: "Payment list (page 3 of a 10-year period)", path: "/utbetalinger?periode=egen&fra=2016-01&til=2026-12&side=3", page: true, session: true },
  { name: "Payment detail", path: "/utbetalinger/2026-10", page: true, session: true },
  // A page with a form: plain too, its form posted by the browser (ADR 0022).
  { name: "Bank account form", path: "/konto", page: true, session: true },
  { name: "PDF statement (one year)", path: "/utbetalinger/utbetalingsoversikt.pdf?fra=2025-01&til=2025-12", page: false, session: true },
];

type Load = { requests: number; errors: number; rps: number; p50: number; p95: number; p99: number; cpuMsPerRequest: number };
type Result = Load & { target: string; endpoint: string; ratio: number; jsKb: number | null };
/** Lighthouse's rows, measured once (the browser's side does not depend on the database). */
const lighthouseRows: string[] = [];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Server-side sessions at the high level, one per person id given, as a BankID login creates them; their cookies. */
export async function sessionCookies(prisma: Db, personIds: string[], secret: string): Promise<string[]> {
  const cookies: string[] = [];
  for (const personId of personIds) {
    const id = crypto.randomBytes(24).toString("base64url");
    await prisma.authSession.create({ data: { id, personId, acr: "idporten-loa-high", expiresAt: new Date(Date.now() + 3 * 3600_000) } });
    cookies.push(`next-auth.session-token=${await encode({ token: { sessionId: id }, secret })}`);
  }
  return cookies;
}

async function prepare(target: DbTarget): Promise<string[]> {
  const runner = await sqlRunner(target);
  await migrate(runner);
  const prisma = createPrisma(target);
  if ((await prisma.person.count()) === 0) await seedDatabase(prisma, TODAY);
  const started = Date.now();
  await seedBenchPersons(runner, PERSONS);
  console.info(`[bench] ${target.kind}: data ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Server-side sessions for a sample of bench persons, as a BankID login would create.
  const persons = await prisma.person.findMany({ where: { givenName: "Bench" }, select: { id: true }, take: SESSIONS });
  const cookies = await sessionCookies(
    prisma,
    persons.map((p) => p.id),
    SECRET,
  );
  await prisma.$disconnect();
  await runner.close();
  if (target.kind === "pglite") await closePglite(target.dataDir);
  return cookies;
}

export async function waitUntilReady(url: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become ready");
}

/** CPU time (user + system) the process has used, in ms, from /proc. */
export function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

export async function load(path: string, cookies: string[], pid: number): Promise<Load> {
  const cpuBefore = cpuMs(pid);
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + SECONDS * 1000;
  const worker = async (w: number) => {
    for (let i = w; Date.now() < end; i += CONCURRENCY) {
      const t0 = performance.now();
      const cookie = cookies[i % cookies.length];
      const res = await fetch(`http://127.0.0.1:${PORT}${path}`, { headers: { ...BROWSER_HEADERS, ...(cookie ? { cookie } : {}) }, redirect: "manual" }).catch(
        () => null,
      );
      if (res) await res.arrayBuffer();
      latencies.push(performance.now() - t0);
      if (!res || res.status !== 200) errors++;
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  const sorted = latencies.sort((a, b) => a - b);
  const cpu = cpuMs(pid) - cpuBefore;
  return {
    requests: sorted.length,
    errors,
    rps: sorted.length / ((Date.now() - t0) / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    cpuMsPerRequest: cpu / Math.max(1, sorted.length),
  };
}

/** The standalone server's environment for a measurement: production mode as in the image, a pinned date, the given database. */
export function serverEnv(secret: string, target: DbTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(PORT),
    HOSTNAME: "127.0.0.1",
    NODE_ENV: "production",
    AUTH_SECRET: secret,
    PORTAL_URL: `http://127.0.0.1:${PORT}`,
    ALLOW_MOCK_IDPORTEN: "true",
    DINPENSJON_TODAY: TODAY,
    DINPENSJON_ALLOW_PINNED_DATE: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The standalone server changes into its own folder, so the embedded database's folder must be absolute.
    ...(target.kind === "postgres" ? { DATABASE_URL: target.url } : { PGLITE_DIR: path.resolve(target.dataDir), DATABASE_URL: "" }),
  };
}

async function measure(label: string, target: DbTarget, cookies: string[]): Promise<Result[]> {
  // The standalone server, exactly as the container image runs it; its log is kept to explain any error.
  fs.mkdirSync("bench-results", { recursive: true });
  const log = fs.openSync(`bench-results/server-${target.kind}.log`, "w");
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, standaloneServer()], { env: serverEnv(SECRET, target), stdio: ["ignore", log, log] });
  try {
    await waitUntilReady(`http://127.0.0.1:${PORT}/internal/isready`);
    const results: Result[] = [];
    let staticRps = NaN;
    for (const e of ENDPOINTS) {
      const sent = e.session ? cookies : [""];
      await load(e.path, sent.slice(0, 5), server.pid!); // warm-up, discarded
      const r = await load(e.path, sent, server.pid!);
      if (e.path === "/robots.txt") staticRps = r.rps;
      // A failed page is reported in the table (and the server's log), not the end of the run.
      const js = e.page
        ? await firstLoadJs(`http://127.0.0.1:${PORT}`, e.path, e.session ? { cookie: cookies[0] } : {}).then(
            (w) => w.bytes / 1024,
            (error: Error) => {
              console.error(`[bench] ${label} · ${e.name}: first-load JavaScript not measured: ${error.message}`);
              return null;
            },
          )
        : null;
      results.push({ target: label, endpoint: e.name, ...r, ratio: r.rps / staticRps, jsKb: js });
      console.info(
        `[bench] ${label} · ${e.name}: ${r.rps.toFixed(1)} req/s (${((100 * r.rps) / staticRps).toFixed(1)} % of static), p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms, ${r.cpuMsPerRequest.toFixed(1)} ms CPU/req, ${r.errors} errors`,
      );
    }
    if (lighthouseRows.length === 0 && !process.argv.includes("--no-lighthouse")) {
      for (const e of ENDPOINTS.filter((x) => x.page && x.path !== "/utbetalinger/2026-10" && !(x.path === "/" && x.session))) {
        lighthouseRows.push(lighthouseRow(e.name, lighthouse(`http://127.0.0.1:${PORT}${e.path}`, e.session ? cookies[0] : undefined)));
        console.info(`[bench] Lighthouse ${lighthouseRows.at(-1)}`);
      }
    }
    return results;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    fs.closeSync(log);
  }
}

async function main() {
  ensureBuilt({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
  const only = arg("only");
  const results: Result[] = [];
  if (!only || only === "postgres") {
    const url = execFileSync("bash", ["tests/support/ensure-postgres.sh"], {
      env: { ...process.env, PG_TEST_DB: PERSONS === BENCH_PERSONS ? "dinpensjon_bench" : `dinpensjon_bench_${PERSONS}` },
      encoding: "utf8",
    }).trim();
    const target: DbTarget = { kind: "postgres", url };
    results.push(...(await measure("PostgreSQL 15", target, await prepare(target))));
  }
  if (!only || only === "pglite") {
    const target: DbTarget = { kind: "pglite", dataDir: ".data/bench-pglite" };
    fs.rmSync(target.dataDir, { recursive: true, force: true });
    results.push(...(await measure("PGlite (embedded)", target, await prepare(target))));
  }
  const os = await import("node:os");
  const table = [
    `Benchmark ${osloDate(new Date())}: ${PERSONS} persons × 120 monthly payments, ${CONCURRENCY} concurrent clients, ${SECONDS} s per endpoint, the standalone server on this machine (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown CPU"}). JS is first-load JavaScript, gzip, as downloaded; CPU is the server's user + system time per request.`,
    "",
    "| database | endpoint | requests | errors | req/s | % of static | p50 ms | p95 ms | p99 ms | CPU ms/req | JS kB |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.target} | ${r.endpoint} | ${r.requests} | ${r.errors} | ${r.rps.toFixed(1)} | ${(100 * r.ratio).toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} | ${r.cpuMsPerRequest.toFixed(1)} | ${r.jsKb === null ? "–" : r.jsKb.toFixed(0)} |`,
    ),
    ...(lighthouseRows.length
      ? [
          "",
          "Lighthouse 12.2.3, mobile preset, simulated throttling, Debian's Chromium (logged-in pages with a session cookie), the median of three runs per page:",
          "",
          ...LIGHTHOUSE_HEADER,
          ...lighthouseRows,
        ]
      : []),
  ].join("\n");
  fs.mkdirSync("bench-results", { recursive: true });
  if (!STANDARD) {
    const file = `bench-results/${PERSONS}-persons-${CONCURRENCY}-clients${RUNTIME_KEPT ? "-runtime-kept" : ""}.md`;
    fs.writeFileSync(file, table + "\n");
    console.info(`\n${table}\n\n[bench] written to ${file}`);
    return;
  }
  fs.writeFileSync("bench-results/latest.md", table + "\n");
  // The README shows the latest run between its markers.
  const readme = fs.readFileSync("README.md", "utf8");
  const marked = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  if (marked.test(readme)) fs.writeFileSync("README.md", readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  console.info(`\n${table}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error("[bench] failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
