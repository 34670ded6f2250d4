import { type IsoDate, osloDate } from "./domain/calendar";

/**
 * The one clock. The portal follows the real date in Norway; tests, the
 * e2e server and demos pin it with DINPENSJON_TODAY=YYYY-MM-DD so they never
 * go stale. Production refuses a pinned date unless explicitly allowed
 * (DINPENSJON_ALLOW_PINNED_DATE=true, which `npm start` sets for the local mock).
 */
export function today(env: NodeJS.ProcessEnv = process.env): IsoDate {
  const pinned = env.DINPENSJON_TODAY;
  if (pinned) {
    if (env.NODE_ENV === "production" && env.DINPENSJON_ALLOW_PINNED_DATE !== "true") {
      throw new Error("DINPENSJON_TODAY is set in production; set DINPENSJON_ALLOW_PINNED_DATE=true only for tests and demos");
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error("DINPENSJON_TODAY must be YYYY-MM-DD");
    return pinned;
  }
  return osloDate(new Date());
}
