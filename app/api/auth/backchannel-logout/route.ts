import { revokeByIdpSid } from "@/lib/server/auth/sessions";
import { verifyLogoutToken } from "@/lib/server/auth/idporten";

/** OpenID Connect Back-Channel Logout: ID-porten tells us a login ended elsewhere. */
export async function POST(req: Request) {
  const form = await req.formData().catch(() => null);
  const token = form?.get("logout_token");
  if (typeof token !== "string") return new Response(null, { status: 400 });
  try {
    const sid = await verifyLogoutToken(token);
    const count = await revokeByIdpSid(sid);
    console.info(`[auth] back-channel logout revoked ${count} session(s)`);
    return new Response(null, { status: 200, headers: { "cache-control": "no-store" } });
  } catch (error) {
    console.warn(`[auth] back-channel logout rejected: ${error instanceof Error ? error.message : "unknown error"}`);
    return new Response(null, { status: 400 });
  }
}
