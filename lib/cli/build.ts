import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

export const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((max, entry) => {
    if (!entry.isFile()) return max;
    return Math.max(max, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }, 0);
}

/** Builds the app when there is no build or a source is newer than it. */
export function ensureBuilt(env: NodeJS.ProcessEnv): void {
  const buildId = path.join(".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const sources = ["app", "components", "lib", "public", "generated"].map(newestMtime);
  if (built && Math.max(...sources, fs.statSync("next.config.ts").mtimeMs, fs.statSync("proxy.ts").mtimeMs) <= built) return;
  console.info("[build] building the portal (first time or sources changed) …");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * The Node options the portal's server runs with, here and in the image
 * (Dockerfile's CMD, checked by tests/unit/nais-manifests.test.ts). A page
 * allocates a great deal that dies within the request; a young generation of
 * 64 MB per half, not Node 20's 16 MB, lets more of it die before a collection.
 * It cut the collector's share of a payment list's CPU from 10 to 7 % and the
 * CPU per request by about 7 % (docs/adr/0018, "The collector").
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=64"];

/**
 * Makes the standalone server complete, as the Dockerfile does: Next leaves
 * the static files and public/ for the deployer to place beside server.js.
 * Returns the server to run with `node`.
 */
export function standaloneServer(): string {
  const dir = path.join(".next", "standalone");
  const server = path.join(dir, "server.js");
  if (!fs.existsSync(server)) throw new Error('No standalone server: is output: "standalone" set in next.config.ts?');
  const built = fs.statSync(path.join(".next", "BUILD_ID")).mtimeMs;
  for (const [from, to] of [
    [path.join(".next", "static"), path.join(dir, ".next", "static")],
    ["public", path.join(dir, "public")],
  ]) {
    // Placed after this build already: a second portal on the same build (the fault test) leaves them be.
    if (fs.existsSync(to) && fs.statSync(to).mtimeMs >= built) continue;
    fs.rmSync(to, { recursive: true, force: true });
    if (fs.existsSync(from)) fs.cpSync(from, to, { recursive: true });
  }
  return server;
}
