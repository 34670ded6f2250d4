import { PrismaClient } from "../../generated/prisma/client";
import { type DbTarget, dbTarget, driverAdapter } from "./adapter";

export type Db = PrismaClient;

/** What a finished query reports to whoever measures (lib/server/db.ts): never its parameters. */
export type QueryTiming = { table: string; operation: string; seconds: number };

export function createPrisma(target: DbTarget = dbTarget(), onQuery?: (q: QueryTiming) => void): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter: driverAdapter(target) });
  const prisma = new PrismaClient({ adapter: driverAdapter(target), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => onQuery({ ...describeQuery(e.query), seconds: e.duration / 1000 }));
  return prisma;
}

/** The operation and first table of a SQL statement, for a metric label ("SELECT", "Payment"). */
export function describeQuery(sql: string): { table: string; operation: string } {
  const operation = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|BEGIN|COMMIT|ROLLBACK)/i.exec(sql)?.[1]?.toUpperCase() ?? "OTHER";
  const table = /(?:FROM|INTO|UPDATE)\s+(?:"public"\.)?"(\w+)"/i.exec(sql)?.[1] ?? "-";
  return { table, operation };
}
