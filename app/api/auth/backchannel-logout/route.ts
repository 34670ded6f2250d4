import { revokeByIdpSid } from "@/lib/server/auth/sessions";
import { verifyLogoutToken } from "@/lib/server/auth/idporten";
import { logError, logger } from "@/lib/server/log";

/** OpenID Connect Back-Channel Logout: ID-porten tells us a login ended elsewhere. */
export async function POST(req: Request) {
  const form = await req.formData().catch(() => null);
  const token = form?.get("logout_token");
  if (typeof token !== "string") return new Response(null, { status: 400 });
  try {
    const sid = await verifyLogoutToken(token);
    const count = await revokeByIdpSid(sid);
    logger().info({ revoked: count }, "back-channel logout");
    return new Response(null, { status: 200, headers: { "cache-control": "no-store" } });
  } catch (error) {
    await logError("back-channel logout rejected", error);
    return new Response(null, { status: 400 });
  }
}
