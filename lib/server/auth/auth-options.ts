import "server-only";
import { config } from "../config";
import { metrics } from "../metrics";
import { buildAuthOptions } from "./options";
import { sessionIdFromCookie } from "./current-user";

export function authOptions() {
  // next-auth derives its callback URL from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= config().portalUrl;
  return buildAuthOptions(config(), {
    currentSessionId: sessionIdFromCookie,
    loginCounted: (level, outcome) => metrics().logins.inc({ level, outcome }),
  });
}
