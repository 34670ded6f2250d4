import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * Which database the portal uses. With DATABASE_URL=postgresql://… it talks to
 * a PostgreSQL server; otherwise it runs the embedded PGlite in PGLITE_DIR
 * (default .data/pglite), or in memory with PGLITE_DIR=memory://.
 */
type Env = Record<string, string | undefined>;

export type DbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function dbTarget(env: Env = process.env): DbTarget {
  const url = env.DATABASE_URL ?? platformDatabaseUrl(env);
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  const dir = env.PGLITE_DIR ?? path.join(process.cwd(), ".data", "pglite");
  return { kind: "pglite", dataDir: dir };
}

/**
 * On NAIS the database comes as DB_HOST, DB_PORT, DB_DATABASE, DB_USERNAME and
 * DB_PASSWORD (envVarPrefix DB in nais/app.yaml); DATABASE_URL, when set, wins.
 */
function platformDatabaseUrl(env: Env): string | undefined {
  const { DB_HOST: host, DB_PORT: port = "5432", DB_DATABASE: name, DB_USERNAME: user, DB_PASSWORD: password } = env;
  if (!host || !name || !user || !password) return undefined;
  return `postgresql://${encodeURIComponent(user)}:${encodeURIComponent(password)}@${host}:${port}/${encodeURIComponent(name)}`;
}

/**
 * Where migrations run. On PostgreSQL they may run as a role of their own
 * (DATABASE_MIGRATION_URL, the table owner) while the portal connects with
 * DATABASE_URL as a role that owns nothing (lib/db/roles.ts).
 */
export function migrationTarget(env: Env = process.env): DbTarget {
  const target = dbTarget(env);
  const owner = env.DATABASE_MIGRATION_URL;
  if (target.kind === "postgres" && owner && /^postgres(ql)?:\/\//.test(owner)) return { kind: "postgres", url: owner };
  return target;
}

// PGlite is one connection in one process: keep exactly one per data folder.
const globalForPglite = globalThis as unknown as { __pglite?: Map<string, PGlite> };

function pgliteFor(dataDir: string): PGlite {
  globalForPglite.__pglite ??= new Map();
  let db = globalForPglite.__pglite.get(dataDir);
  if (!db) {
    if (dataDir !== "memory://") fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    // In memory, optionally starting as a copy of a snapshot (dumpPglite): the integration tests give every file one.
    const snapshot = dataDir === "memory://" ? process.env.PGLITE_SNAPSHOT : undefined;
    db = snapshot ? new PGlite({ loadDataDir: new Blob([fs.readFileSync(snapshot)]) }) : new PGlite(dataDir === "memory://" ? undefined : dataDir);
    globalForPglite.__pglite.set(dataDir, db);
  }
  return db;
}

/** Writes the embedded database as it is now to `file`, for PGLITE_SNAPSHOT to start from. */
export async function dumpPglite(dataDir: string, file: string): Promise<void> {
  const dump = await pgliteFor(dataDir).dumpDataDir("none");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Closes the embedded database so another process may open the folder. */
export async function closePglite(dataDir: string): Promise<void> {
  const db = globalForPglite.__pglite?.get(dataDir);
  if (!db) return;
  globalForPglite.__pglite!.delete(dataDir);
  await db.close();
}

/**
 * No request waits on the database for ever: a connection that cannot be made
 * in 5 s, a statement running over 10 s, or a transaction left idle for 30 s
 * is given up, and the page shows its "we can't show this right now" error
 * instead of hanging (issue 11, faults). Ten connections per instance.
 */
export const POOL_LIMITS = {
  max: 10,
  connectionTimeoutMillis: 5_000,
  statement_timeout: 10_000,
  query_timeout: 12_000,
  idle_in_transaction_session_timeout: 30_000,
} as const;

export function driverAdapter(target: DbTarget = dbTarget()) {
  if (target.kind === "postgres") return new PrismaPg({ connectionString: target.url, ...POOL_LIMITS });
  // The adapter is built against an older copy of Prisma's adapter types; at run time they agree.
  return new PrismaPGlite(pgliteFor(target.dataDir)) as unknown as PrismaPg;
}

/** Runs raw SQL on the target: used by the migrator and health checks. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function sqlRunner(target: DbTarget = dbTarget()): Promise<SqlRunner> {
  if (target.kind === "pglite") {
    const db = pgliteFor(target.dataDir);
    return {
      exec: async (sql) => void (await db.exec(sql)),
      query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
      close: async () => {},
    };
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}
