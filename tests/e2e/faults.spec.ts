import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { E2E_TODAY, FAULT_PORTAL_LOG_FILE } from "../../playwright.config";
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { chooseAtIdporten } from "./helpers";

// Issue 11: the database fails and comes back while the portal runs. A portal
// of its own (lib/cli/start.ts, the standalone server as in the image) on a
// PostgreSQL of its own, which the test stops, starts, freezes and thaws; then
// the portal is stopped with SIGTERM while a request is still being answered.
// Runs where PostgreSQL is installed, as `npm test` makes sure it is.
test.describe.configure({ mode: "serial" });
test.skip(!postgresBinaries(), "PostgreSQL is not installed (npm test installs it)");
test.setTimeout(240_000);

const base = Number(process.env.E2E_PORT ?? 3100);
const PORT = base + 500;
const MOCK_PORT = base + 5500;
const PG_PORT = base + 2400;
const portal = `http://127.0.0.1:${PORT}`;

let pg: PrivatePostgres;
let server: ChildProcess;
let exited: Promise<number | null>;

async function status(path: string): Promise<number> {
  try {
    return (await fetch(`${portal}${path}`, { redirect: "manual", signal: AbortSignal.timeout(20_000) })).status;
  } catch {
    return 0;
  }
}

/** Polls until the readiness probe gives `want`; returns how long it took. */
async function readinessBecomes(want: number, withinMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < withinMs) {
    if ((await status("/internal/isready")) === want) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/internal/isready did not answer ${want} within ${withinMs} ms`);
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  pg = startPrivatePostgres(PG_PORT);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: pg.url,
    PORT: String(PORT),
    MOCK_IDPORTEN_PORT: String(MOCK_PORT),
    DINPENSJON_TODAY: E2E_TODAY,
    PORTAL_LOG_FILE: FAULT_PORTAL_LOG_FILE,
  };
  delete env.PGLITE_DIR;
  delete env.DATABASE_MIGRATION_URL;
  // A process group of its own, so nothing of it outlives the test.
  server = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts"], { env, stdio: "ignore", detached: true });
  exited = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
  await readinessBecomes(200, 240_000);
});

test.afterAll(() => {
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    // already gone
  }
  pg?.destroy();
});

async function loginHere(page: Page) {
  await page.goto(`${portal}/utbetalinger`);
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "bankid", "full");
  await expect(page).toHaveURL(`${portal}/utbetalinger`);
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalinger" })).toBeVisible();
}

test("the database stops and starts again: not ready within seconds, public pages stay, logged-in pages say so calmly, and all comes back without a restart", async ({
  page,
}) => {
  await loginHere(page);

  pg.stop();
  expect(await readinessBecomes(503, 10_000)).toBeLessThan(10_000);
  // Public pages hold nothing from the database.
  for (const path of ["/", "/utbetalingskalender", "/personvern", "/tilgjengelighet"]) expect(await status(path), path).toBe(200);
  // Also for someone logged in, whose header would ask the session store.
  for (const path of ["/", "/utbetalingskalender", "/personvern"]) {
    expect((await page.goto(`${portal}${path}`))?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  // A logged-in page: a clear page in plain words, quickly, and nothing technical.
  const started = Date.now();
  const response = await page.goto(`${portal}/utbetalinger`);
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(response?.status()).toBe(500);
  await expect(page.getByRole("heading", { level: 1, name: "Noe gikk galt" })).toBeVisible();
  await expect(page.getByText("Det er ikke din feil. Prøv igjen om litt.")).toBeVisible();
  const text = await page.locator("body").innerText();
  for (const technical of ["ECONNREFUSED", "Prisma", "at async", "stack", "postgres"]) expect(text).not.toContain(technical);

  pg.start();
  await readinessBecomes(200, 15_000);
  // The same session, the same portal process: it simply works again.
  await page.goto(`${portal}/utbetalinger`);
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalinger" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Logg ut" }).first()).toBeVisible();
});

test("a hung database: the readiness probe answers in time, and the metrics time every route by its template", async () => {
  pg.freeze();
  try {
    const started = Date.now();
    expect(await status("/internal/isready")).toBe(503);
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    pg.thaw();
  }
  await readinessBecomes(200, 15_000);
  const metrics = await (await fetch(`${portal}/internal/metrics`)).text();
  expect(metrics).toMatch(/dinpensjon_http_request_duration_seconds_count\{route="\/utbetalinger",method="GET",status="2xx"\} [1-9]/);
  expect(metrics).toMatch(/dinpensjon_http_request_duration_seconds_count\{route="\/internal\/isready",method="GET",status="5xx"\} [1-9]/);
});

test("SIGTERM lets a request that is being answered finish, then the portal exits", async ({ page }) => {
  await loginHere(page);
  const cookies = (await page.context().cookies(portal)).map((c) => `${c.name}=${c.value}`).join("; ");
  // The request waits on a hung database while the portal is told to stop.
  pg.freeze();
  const inFlight = fetch(`${portal}/utbetalinger`, { headers: { cookie: cookies }, redirect: "manual" });
  await new Promise((r) => setTimeout(r, 1_000));
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1_000));
  expect(server.exitCode, "the portal waits for the request in flight").toBeNull();
  pg.thaw();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Utbetalinger");
  const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r("still running"), 20_000))]);
  // What `npm start` said while stopping, for when it did not.
  const said = fs
    .readFileSync(FAULT_PORTAL_LOG_FILE, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("[start]"));
  expect(code, said.join("\n")).not.toBe("still running");
  // Next stops by itself once its connections are closed (143); a client that keeps one open past
  // the grace period gets it stopped for it. Either way the request above was answered first.
  expect(said.at(-1)).toMatch(/^\[start\] the portal exited \((code 143|SIGKILL)\)$/);
  test.info().annotations.push({ type: "shutdown", description: said.join(" | ") });
});
