import "server-only";
import { createPrisma, type Db } from "../db/client";

// One Prisma client per process, kept across Next's dev reloads.
const globalForPrisma = globalThis as unknown as { __prisma?: Db };

export function db(): Db {
  globalForPrisma.__prisma ??= createPrisma();
  return globalForPrisma.__prisma;
}
