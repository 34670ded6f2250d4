import "server-only";
import { db } from "./db";

/** Whether the database answers a trivial query; the readiness probe asks this. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
