import "server-only";
import { db } from "./db";

/** The readiness probe's own bound: a database that hangs answers "not ready" in this time, not after the query timeout. */
const READY_TIMEOUT_MS = 1_500;

/** Whether the database answers a trivial query in time; the readiness probe asks this. */
export async function databaseAnswers(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([db().$queryRaw`SELECT 1`.then(() => true), late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
