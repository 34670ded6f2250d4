import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { config } from "../config";
import { buildAuthOptions } from "./options";
import { sessionCookieName } from "./current-user";

/** The session id in the browser's cookie, if any: the session a new login replaces. */
async function currentSessionId(): Promise<string | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: config().authSecret }).catch(() => null);
  return typeof token?.sessionId === "string" ? token.sessionId : null;
}

export function authOptions() {
  // next-auth derives its callback URL from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= config().portalUrl;
  return buildAuthOptions(config(), { currentSessionId });
}
