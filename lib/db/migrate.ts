import fs from "node:fs";
import path from "node:path";
import { type SqlRunner } from "./adapter";

const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

/**
 * Applies prisma/migrations/*\/migration.sql in order, once each, recording
 * them in a table of its own. The same runner serves PGlite and PostgreSQL
 * (docs/adr/0002-own-migration-runner.md).
 */
export async function migrate(db: SqlRunner, dir = MIGRATIONS_DIR): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_migrations" (
    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set((await db.query<{ name: string }>(`SELECT name FROM "_migrations"`)).map((r) => r.name));
  const pending = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !applied.has(d.name))
    .map((d) => d.name)
    .sort();
  for (const name of pending) {
    const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
    await db.exec(`BEGIN;\n${sql}\nINSERT INTO "_migrations" (name) VALUES ('${name.replace(/'/g, "")}');\nCOMMIT;`);
  }
  return pending;
}
