import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, LOCALES } from "../../i18n/locales";
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
    // The language chosen at ID-porten becomes the portal's, unless the user has already chosen one here.
    loginLocale: async (locale) => {
      const jar = await cookies();
      if (jar.get(LOCALE_COOKIE) || !locale || !(LOCALES as readonly string[]).includes(locale)) return;
      jar.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
    },
  });
}
