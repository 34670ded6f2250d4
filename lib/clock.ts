import { type IsoDate, osloDate } from "./domain/calendar";

/**
 * The one clock. The portal follows the real date in Norway; tests, the
 * e2e server and demos pin it with DINPENSJON_TODAY=YYYY-MM-DD so they never
 * go stale. Production refuses a pinned date unless explicitly allowed.
 */
export function today(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const pinned = env.DINPENSJON_TODAY;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error("DINPENSJON_TODAY must be YYYY-MM-DD");
    return pinned;
  }
  return osloDate(new Date());
}

export function now(): Date {
  return new Date();
}
