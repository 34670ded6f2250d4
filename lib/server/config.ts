import "server-only";
import { z } from "zod";
import { DEV_AUTH_SECRET } from "./auth/dev-secret";

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;

const schema = z.object({
  PORTAL_URL: z.url().default("http://127.0.0.1:3000"),
  AUTH_SECRET: z.string().min(32).optional(),
  IDPORTEN_ISSUER: z.url().default("http://127.0.0.1:8090"),
  IDPORTEN_CLIENT_ID: z.string().min(1).default("din-pensjon-local"),
  IDPORTEN_CLIENT_SECRET: z.string().optional(),
  IDPORTEN_CLIENT_AUTH: z.enum(["client_secret_post", "client_secret_basic", "private_key_jwt"]).default("client_secret_post"),
  /** Private JWK (JSON) for private_key_jwt, as ID-porten recommends. */
  IDPORTEN_CLIENT_JWK: z.string().optional(),
  ALLOW_MOCK_IDPORTEN: z.enum(["true", "false"]).default("false"),
  /** The identity-check provider for the digital life certificate; the mock runs beside the mock ID-porten. */
  LIFE_CERTIFICATE_VERIFIER_URL: z.url().optional(),
  NODE_ENV: z.string().default("development"),
});

export type PortalConfig = {
  portalUrl: string;
  authSecret: string;
  issuer: string;
  clientId: string;
  clientSecret?: string;
  clientAuth: "client_secret_post" | "client_secret_basic" | "private_key_jwt";
  clientJwk?: Record<string, unknown>;
  secureCookies: boolean;
  verifierUrl: string;
};

export const DEV_SECRET = DEV_AUTH_SECRET;

/**
 * Reads configuration once. In production a loopback issuer (the mock) is
 * refused unless ALLOW_MOCK_IDPORTEN=true, and a real secret is required.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PortalConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // One line per variable, naming it and what is wrong (never its value: it may be a secret).
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const production = c.NODE_ENV === "production";
  const mockIssuer = LOOPBACK.test(c.IDPORTEN_ISSUER);
  if (production && mockIssuer && c.ALLOW_MOCK_IDPORTEN !== "true") {
    throw new Error("Refusing a loopback (mock) ID-porten issuer in production; set ALLOW_MOCK_IDPORTEN=true to run locally");
  }
  // Production always needs its own strong secret, also when the mock is allowed (`npm start` generates one into .data/).
  if (production && !c.AUTH_SECRET) throw new Error("AUTH_SECRET is required in production (at least 32 characters)");
  if (production && (c.AUTH_SECRET === DEV_SECRET || new Set(c.AUTH_SECRET).size < 10)) {
    throw new Error("AUTH_SECRET is a development or weak value; generate a random one for production");
  }
  if (c.IDPORTEN_CLIENT_AUTH === "private_key_jwt" && !c.IDPORTEN_CLIENT_JWK) {
    throw new Error("IDPORTEN_CLIENT_JWK is required for private_key_jwt");
  }
  return {
    portalUrl: c.PORTAL_URL.replace(/\/$/, ""),
    authSecret: c.AUTH_SECRET ?? DEV_SECRET,
    issuer: c.IDPORTEN_ISSUER.replace(/\/$/, ""),
    clientId: c.IDPORTEN_CLIENT_ID,
    clientSecret: c.IDPORTEN_CLIENT_SECRET ?? (mockIssuer ? "local-mock-secret-not-for-production" : undefined),
    clientAuth: c.IDPORTEN_CLIENT_AUTH,
    clientJwk: c.IDPORTEN_CLIENT_JWK ? JSON.parse(c.IDPORTEN_CLIENT_JWK) : undefined,
    secureCookies: c.PORTAL_URL.startsWith("https://"),
    verifierUrl: (c.LIFE_CERTIFICATE_VERIFIER_URL ?? c.IDPORTEN_ISSUER).replace(/\/$/, ""),
  };
}

let cached: PortalConfig | undefined;
export function config(): PortalConfig {
  cached ??= loadConfig();
  return cached;
}
