import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A PostgreSQL server of the test's own, on its own port and data folder, that
 * the test may stop, start, freeze and thaw without disturbing the shared test
 * server. Uses the PostgreSQL that tests/support/ensure-postgres.sh installs;
 * runs as the postgres user when the tests run as root (PostgreSQL refuses root).
 */
export type PrivatePostgres = {
  url: string;
  stop(): void;
  start(): void;
  /** Every server process stops answering without closing its connections: a hung database. */
  freeze(): void;
  thaw(): void;
  destroy(): void;
};

export function postgresBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const version = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  return version ? path.join(root, version, "bin") : null;
}

export function startPrivatePostgres(port: number): PrivatePostgres {
  const bin = postgresBinaries();
  if (!bin) throw new Error("PostgreSQL is not installed (tests/support/ensure-postgres.sh installs it)");
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dinpensjon-pg-"));
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  const run = (program: string, args: string[]) => {
    const command = [path.join(bin, program), ...args];
    if (asRoot) execFileSync("su", ["postgres", "-c", command.map((a) => `'${a}'`).join(" ")], { stdio: "pipe" });
    else execFileSync(command[0], command.slice(1), { stdio: "pipe" });
  };
  const data = path.join(dir, "data");
  run("initdb", ["--no-sync", "-A", "trust", "-U", "dinpensjon", "-D", data]);
  const start = () =>
    run("pg_ctl", ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
  start();
  run("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "dinpensjon", "dinpensjon"]);
  const pids = () => {
    const main = fs.readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0].trim();
    let children: string[] = [];
    try {
      children = execFileSync("pgrep", ["-P", main]).toString().split("\n").filter(Boolean);
    } catch {
      // no children
    }
    return [main, ...children];
  };
  const signal = (sig: string) => execFileSync("kill", [`-${sig}`, ...pids()]);
  return {
    url: `postgresql://dinpensjon@127.0.0.1:${port}/dinpensjon`,
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    start,
    freeze: () => signal("STOP"),
    thaw: () => signal("CONT"),
    destroy: () => {
      try {
        signal("CONT");
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
