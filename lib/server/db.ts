import "server-only";
import { createPrisma, type Db } from "../db/client";
import { metrics } from "./metrics";

// One Prisma client per process, kept across Next's dev reloads; every query's duration is measured.
const globalForPrisma = globalThis as unknown as { __prisma?: Db };

export function db(): Db {
  globalForPrisma.__prisma ??= createPrisma(undefined, (q) => metrics().dbQuery.observe({ model: q.table, operation: q.operation }, q.seconds));
  return globalForPrisma.__prisma;
}
