import { type Configuration, type KoaContextWithOIDC } from "oidc-provider";
import { type JWK } from "jose";
import { ACR, EIDS, type Eid } from "../domain/security-level";
import { type Scenario } from "../../prisma/scenarios";
import { logoutPage } from "./pages";

export type MockClient = {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  backchannelLogoutUri: string;
};

/**
 * oidc-provider configured like ID-porten: authorization code with PKCE (S256),
 * acr values for the two levels, pid/locale in the ID token, sid for logout.
 */
export function providerConfig(
  client: MockClient,
  persons: () => Scenario[],
  localeOf: (accountId: string) => "nb" | "nn" | "en",
  signingKey: JWK,
  cookieKeys: string[],
): Configuration {
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
        backchannel_logout_uri: client.backchannelLogoutUri,
        backchannel_logout_session_required: true,
      },
    ],
    jwks: { keys: [signingKey as never] },
    cookies: { keys: cookieKeys },
    acrValues: [ACR.substantial, ACR.high],
    scopes: ["openid", "profile"],
    // amr names the eID used (ID-porten sends it, e.g. "BankID" or "eIDAS"); listed so it reaches the ID token.
    claims: { openid: ["sub", "amr"], profile: ["pid", "locale"] },
    // ID-porten puts pid and locale straight into the ID token.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    responseTypes: ["code"],
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource: logoutPage },
    },
    // The portal it logs out lives on loopback, which oidc-provider's SSRF guard would refuse.
    fetch: (url: string | URL | Request, options?: RequestInit) => {
      const { dispatcher: _ssrfGuard, ...rest } = (options ?? {}) as RequestInit & { dispatcher?: unknown };
      return globalThis.fetch(url, rest);
    },
    ttl: { Session: 60 * 60, Interaction: 10 * 60, Grant: 60 * 60, AccessToken: 60 * 60, AuthorizationCode: 60, IdToken: 60 * 60 },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    // The portal is ID-porten's own kind of client: no separate consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const session = ctx.oidc.session!;
      const clientId = ctx.oidc.client!.clientId;
      const existing = session.grantIdFor(clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: session.accountId! });
      grant.addOIDCScope("openid profile");
      grant.addOIDCClaims(["pid", "locale"]);
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, accountId) {
      const pid = accountId.startsWith(TESTID_PREFIX) ? accountId.slice(TESTID_PREFIX.length) : persons().find((p) => p.key === accountId)?.fnr;
      if (!pid) return undefined;
      return {
        accountId,
        async claims() {
          return { sub: accountId, pid, locale: localeOf(accountId) };
        },
      };
    },
  };
}

/**
 * An account typed in as a synthetic identity number, as ID-porten's test
 * environment (TestID) allows: the browser tests log in as persons they made
 * for themselves this way.
 */
export const TESTID_PREFIX = "testid:";

/** eIDs that meet the requested level; MinID is not offered when high is required. */
export function eidsFor(acrValues: string | undefined): Eid[] {
  const wantsHigh = (acrValues ?? "").split(" ").includes(ACR.high) && !(acrValues ?? "").includes(ACR.substantial);
  return (Object.keys(EIDS) as Eid[]).filter((eid) => !wantsHigh || EIDS[eid].level === "high");
}
