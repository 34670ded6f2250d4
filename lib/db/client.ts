import { PrismaClient } from "../../generated/prisma/client";
import { type DbTarget, dbTarget, driverAdapter } from "./adapter";

export type Db = PrismaClient;

export function createPrisma(target: DbTarget = dbTarget()): PrismaClient {
  return new PrismaClient({ adapter: driverAdapter(target) });
}
