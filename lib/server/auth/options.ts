import "server-only";
import { type AuthOptions } from "next-auth";
import { type OAuthConfig } from "next-auth/providers/oauth";
import { ACR, levelOf } from "../../domain/security-level";
import { parseFnr } from "../../domain/fnr";
import { type PortalConfig } from "../config";
import { createSession, SESSION_HOURS } from "./sessions";
import { safeReturnPath } from "./policy";
import { sessionCookieName } from "./cookie-name";
import { logger } from "../log";

type IdportenClaims = { sub: string; pid?: string; acr?: string; amr?: string[] | string; sid?: string; locale?: string };

export const PROVIDER_ID = "idporten";

function idportenProvider(cfg: PortalConfig): OAuthConfig<IdportenClaims> {
  return {
    id: PROVIDER_ID,
    name: "ID-porten",
    type: "oauth",
    wellKnown: `${cfg.issuer}/.well-known/openid-configuration`,
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    client: { token_endpoint_auth_method: cfg.clientAuth, id_token_signed_response_alg: "RS256" },
    ...(cfg.clientJwk ? { jwks: { keys: [cfg.clientJwk] } } : {}),
    authorization: { params: { scope: "openid profile", acr_values: ACR.substantial, ui_locales: "nb" } },
    // All three, explicitly: PKCE (S256), state and nonce are each verified on the callback.
    checks: ["pkce", "state", "nonce"],
    idToken: true,
    profile: (claims) => ({ id: claims.sub }),
  };
}

/** A session is created only from a fully validated ID token with a valid pid and a known level. */
type Hooks = {
  /** The session in the browser's cookie, which a new login replaces. */
  currentSessionId?: () => Promise<string | null>;
  /** Counts a completed login (metrics). */
  loginCounted?: (level: string, outcome: "success" | "unknown-person") => void;
  /** The language the user logged in with at ID-porten (the locale claim). */
  loginLocale?: (locale: string | undefined) => Promise<void>;
};

export function buildAuthOptions(cfg: PortalConfig, hooks: Hooks = {}): AuthOptions {
  return {
    secret: cfg.authSecret,
    providers: [idportenProvider(cfg)],
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    useSecureCookies: cfg.secureCookies,
    cookies: {
      sessionToken: {
        name: sessionCookieName(cfg.secureCookies),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: cfg.secureCookies },
      },
    },
    pages: { signIn: "/logg-inn", error: "/logg-inn" },
    callbacks: {
      signIn({ profile }) {
        const claims = profile as IdportenClaims | undefined;
        return Boolean(claims?.pid && parseFnr(claims.pid) && levelOf(claims.acr));
      },
      async jwt({ token, account, profile }) {
        if (!account) return token;
        const claims = profile as IdportenClaims;
        const sessionId = await createSession({
          fnr: claims.pid!,
          acr: claims.acr!,
          amr: Array.isArray(claims.amr) ? claims.amr.join(" ") : claims.amr,
          idpSid: claims.sid,
          idToken: account.id_token,
          // A step-up (or a new login in the same browser) ends the session it replaces.
          replaces: (await hooks.currentSessionId?.().catch(() => null)) ?? null,
        });
        hooks.loginCounted?.(levelOf(claims.acr) ?? "unknown", sessionId ? "success" : "unknown-person");
        if (!sessionId) throw new Error("Unknown person");
        await hooks.loginLocale?.(claims.locale).catch(() => {});
        // The cookie carries only a reference to the server-side session.
        return { sessionId };
      },
      session({ session }) {
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        // Whatever callbackUrl was posted: only a same-site path, parsed, never an error page.
        try {
          const parsed = new URL(url, baseUrl);
          if (parsed.origin !== new URL(baseUrl).origin) return `${baseUrl}/oversikt`;
          return `${baseUrl}${safeReturnPath(`${parsed.pathname}${parsed.search}`)}`;
        } catch {
          return `${baseUrl}/oversikt`;
        }
      },
    },
    logger: {
      // next-auth logs errors with request details; keep tokens and claims out of logs.
      error: (code) => logger().error({ code }, "next-auth error"),
      warn: (code) => logger().warn({ code }, "next-auth warning"),
      debug: () => {},
    },
  };
}
