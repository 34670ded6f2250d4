import "server-only";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { config } from "../config";

type Discovery = { issuer: string; end_session_endpoint?: string; jwks_uri: string };

let discovery: Promise<Discovery> | undefined;

/** ID-porten's discovery document, fetched once per process. */
export function idportenMetadata(): Promise<Discovery> {
  discovery ??= fetch(`${config().issuer}/.well-known/openid-configuration`, { cache: "no-store" })
    .then((r) => {
      if (!r.ok) throw new Error(`Discovery failed with ${r.status}`);
      return r.json() as Promise<Discovery>;
    })
    .catch((error) => {
      discovery = undefined;
      throw error;
    });
  return discovery;
}

let jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

const BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";

/** Verifies a back-channel logout token and returns the IdP session id it ends. */
export async function verifyLogoutToken(token: string): Promise<string> {
  const meta = await idportenMetadata();
  jwks ??= createRemoteJWKSet(new URL(meta.jwks_uri));
  const { payload } = await jwtVerify(token, jwks, {
    issuer: meta.issuer,
    audience: config().clientId,
    maxTokenAge: "5m",
  });
  const events = payload.events as Record<string, unknown> | undefined;
  if (!events || !(BACKCHANNEL_EVENT in events)) throw new Error("Not a logout token");
  if ("nonce" in payload) throw new Error("Logout tokens must not carry a nonce");
  if (typeof payload.sid !== "string") throw new Error("Logout token without sid");
  return payload.sid;
}
