import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const MOCK_PORT = Number(process.env.E2E_MOCK_PORT ?? 8190);
/** The browser tests pin the clock so the seeded data and expectations never drift. */
export const E2E_TODAY = "2026-11-12";
/** The portal's log of the run, read for personal data when the tests are done (tests/e2e/global-teardown.ts). */
export const PORTAL_LOG_FILE = ".data/e2e-portal.log";
/** The log of the second portal that tests/e2e/faults.spec.ts starts on a database it stops; read the same way. */
export const FAULT_PORTAL_LOG_FILE = ".data/e2e-fault-portal.log";
/** The browser tests' own PostgreSQL database, made fresh for each run (one per port, so two runs can share a machine). */
const E2E_DATABASE = `dinpensjon_e2e_${PORT}`;
/** As the owner role: tests/e2e/own-person.ts makes each test's own persons in it. */
export const E2E_DATABASE_URL = `postgresql://dinpensjon:dinpensjon@127.0.0.1:5432/${E2E_DATABASE}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests own their data (tests/e2e/own-person.ts), so any test may run beside any other.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  globalTeardown: "./tests/e2e/global-teardown.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nb-NO",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "bash tests/support/e2e-portal.sh",
    url: `http://127.0.0.1:${PORT}/internal/isready`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      MOCK_IDPORTEN_PORT: String(MOCK_PORT),
      PG_TEST_DB: E2E_DATABASE,
      DINPENSJON_TODAY: E2E_TODAY,
      PORTAL_LOG_FILE,
    },
  },
});
