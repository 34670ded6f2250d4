/**
 * `npm start`: the whole portal on this machine. Creates, migrates and seeds
 * the embedded database, builds the app when sources changed, starts the mock
 * ID-porten on loopback and the portal beside it.
 *   --dev     run `next dev` instead of a production build
 *   --fresh   start from an empty database (used by the browser tests)
 * With PORTAL_LOG_FILE set, the portal's log is also written to that file
 * (the browser tests read it afterwards for personal data).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { setupDatabase } from "./db-setup";
import { dbTarget } from "../db/adapter";
import { startMockIdporten } from "../mock-idporten/server";
import { ensureBuilt, NEXT_BIN, SERVER_NODE_FLAGS, standaloneServer } from "./build";

const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const port = Number(process.env.PORT ?? 3000);
const mockPort = Number(process.env.MOCK_IDPORTEN_PORT ?? 8090);
const host = "127.0.0.1";
const portalUrl = process.env.PORTAL_URL ?? `http://${host}:${port}`;
const useMock = !process.env.IDPORTEN_ISSUER;
const issuer = process.env.IDPORTEN_ISSUER ?? `http://${host}:${mockPort}`;
/** How long a stop (Ctrl+C, SIGTERM) waits for the portal to finish what it is answering. */
const SHUTDOWN_GRACE_MS = 15_000;

/** A random secret for this machine, made once and kept in .data/ (never committed): production mode refuses the development one. */
function localSecret(): string {
  const file = path.join(".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(".data", { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  const target = dbTarget();
  if (args.has("--fresh") && target.kind === "pglite" && target.dataDir !== "memory://") {
    fs.rmSync(target.dataDir, { recursive: true, force: true });
  }
  await setupDatabase();
  const env = {
    ...process.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localSecret(),
    PORTAL_URL: portalUrl,
    NEXTAUTH_URL: portalUrl,
    IDPORTEN_ISSUER: issuer,
    NEXT_TELEMETRY_DISABLED: "1",
    // The portal runs as in production but may trust the local mock.
    ALLOW_MOCK_IDPORTEN: useMock ? "true" : (process.env.ALLOW_MOCK_IDPORTEN ?? "false"),
    // A pinned clock (tests, demos) is allowed with the local mock only.
    DINPENSJON_ALLOW_PINNED_DATE: useMock ? "true" : (process.env.DINPENSJON_ALLOW_PINNED_DATE ?? "false"),
    // One process on one machine: the retention job runs inside it (on the platform, a scheduled job does).
    RETENTION_SCHEDULE: process.env.RETENTION_SCHEDULE ?? "in-process",
    // The standalone server changes into its own folder: the embedded database's folder must be absolute.
    ...(target.kind === "pglite" && target.dataDir !== "memory://" ? { PGLITE_DIR: path.resolve(target.dataDir) } : {}),
    PORT: String(port),
    HOSTNAME: host,
  };
  if (!dev) ensureBuilt(env);
  const mock = useMock
    ? await startMockIdporten({
        port: mockPort,
        host,
        portalUrl,
        clientId: process.env.IDPORTEN_CLIENT_ID ?? "din-pensjon-local",
        clientSecret: process.env.IDPORTEN_CLIENT_SECRET ?? "local-mock-secret-not-for-production",
      })
    : null;
  if (mock) console.info(`[start] mock ID-porten on ${mock.issuer}`);
  // Production mode runs the standalone server exactly as the container image does.
  const command = dev ? [NEXT_BIN, "dev", "-p", String(port), "-H", host] : [...SERVER_NODE_FLAGS, standaloneServer()];
  const logFile = process.env.PORTAL_LOG_FILE;
  const app = spawn(process.execPath, command, { stdio: logFile ? ["inherit", "pipe", "pipe"] : "inherit", env });
  const file = logFile ? openLog(logFile) : null;
  if (file) {
    app.stdout?.pipe(process.stdout);
    app.stderr?.pipe(process.stderr);
    // The file is ended once, after the portal's last line and this script's own.
    app.stdout?.pipe(file, { end: false });
    app.stderr?.pipe(file, { end: false });
  }
  /** This script's own lines go to the log file too, so a slow shutdown can be read afterwards. */
  const say = (line: string) => {
    console.info(line);
    file?.write(`${line}\n`);
  };
  say(`[start] Din pensjon on ${portalUrl}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    say("[start] stopping: requests being answered may finish");
    app.kill("SIGTERM");
    void mock?.close();
    // Next waits for open connections; one a client keeps alive should not keep the portal up for ever.
    setTimeout(() => {
      say(`[start] the portal had not stopped after ${SHUTDOWN_GRACE_MS / 1000} s: stopped now`);
      app.kill("SIGKILL");
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // "close": the portal has exited and its output has been read to the end.
  app.on("close", (code, signal) => {
    say(`[start] the portal exited (${signal ?? `code ${code}`})`);
    const exit = () => process.exit(code ?? 0);
    void (mock?.close() ?? Promise.resolve()).finally(() => (file ? file.end(exit) : exit()));
  });
}

function openLog(logFile: string): fs.WriteStream {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  return fs.createWriteStream(logFile);
}

main().catch((error) => {
  console.error("[start] failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
