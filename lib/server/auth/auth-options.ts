import "server-only";
import { config } from "../config";
import { buildAuthOptions } from "./options";

export function authOptions() {
  // next-auth derives its callback URL from NEXTAUTH_URL.
  process.env.NEXTAUTH_URL ??= config().portalUrl;
  return buildAuthOptions(config());
}
