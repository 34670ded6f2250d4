import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthHandler } from "next-auth/core";
import { buildAuthOptions } from "@/lib/server/auth/options";
import { loadConfig } from "@/lib/server/config";
import { db } from "@/lib/server/db";
import { ACR } from "@/lib/domain/security-level";
import { startTestIdp, type TokenRecipe } from "../support/evil-idp";
import { scenario } from "../support/users";

const ORIGIN = "http://127.0.0.1:3000";
const CLIENT_ID = "din-pensjon-test";
let idp: Awaited<ReturnType<typeof startTestIdp>>;

beforeAll(async () => {
  idp = await startTestIdp();
});
afterAll(() => idp.close());

type Cookies = Record<string, string>;
const merge = (jar: Cookies, cookies: { name: string; value: string }[] = []) => {
  for (const c of cookies) jar[c.name] = c.value;
  return jar;
};

/** Runs next-auth's real sign-in and callback with the portal's options; returns whether a session resulted. */
async function login(recipe: TokenRecipe, tamperState = false): Promise<{ session: boolean; redirect?: string }> {
  const options = buildAuthOptions(
    loadConfig({ IDPORTEN_ISSUER: idp.issuer, IDPORTEN_CLIENT_ID: CLIENT_ID, IDPORTEN_CLIENT_SECRET: "s", PORTAL_URL: ORIGIN, NODE_ENV: "test" }),
  );
  const jar: Cookies = {};
  const csrf = await AuthHandler({ req: { action: "csrf", method: "GET", origin: ORIGIN, cookies: jar }, options });
  merge(jar, csrf.cookies);
  const signin = await AuthHandler({
    req: {
      action: "signin",
      providerId: "idporten",
      method: "POST",
      origin: ORIGIN,
      cookies: jar,
      body: { csrfToken: (csrf.body as { csrfToken: string }).csrfToken, callbackUrl: "/oversikt" },
    },
    options,
  });
  merge(jar, signin.cookies);
  const authorize = new URL(signin.redirect!);
  expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorize.searchParams.get("acr_values")).toBe(ACR.substantial);
  idp.setNonce(authorize.searchParams.get("nonce")!);
  idp.setRecipe(recipe);
  const state = tamperState ? "forged-state" : authorize.searchParams.get("state")!;
  const before = await db().authSession.count();
  const callback = await AuthHandler({
    req: { action: "callback", providerId: "idporten", method: "GET", origin: ORIGIN, cookies: jar, query: { code: "test-code", state } },
    options,
  });
  const sessionCookie = callback.cookies?.find((c) => c.name.endsWith("next-auth.session-token") && c.value);
  const created = (await db().authSession.count()) - before;
  expect(Boolean(sessionCookie)).toBe(created === 1);
  return { session: created === 1, redirect: callback.redirect };
}

const now = () => Math.floor(Date.now() / 1000);
const claims = (issuer: string, nonce: string, extra: Record<string, unknown> = {}) => ({
  iss: issuer,
  aud: CLIENT_ID,
  sub: "pairwise-sub",
  iat: now(),
  exp: now() + 120,
  nonce,
  pid: scenario("full").fnr,
  acr: ACR.high,
  amr: ["BankID"],
  sid: "idp-session-1",
  ...extra,
});

describe("ID token validation", () => {
  it("a correct token creates a session (so the rejections below can fail)", async () => {
    const result = await login(({ issuer, nonce, sign }) => sign(claims(issuer, nonce)));
    expect(result.session).toBe(true);
  });

  const rejected: Array<[string, TokenRecipe]> = [
    ["signed with another key", ({ issuer, nonce, forge }) => forge(claims(issuer, nonce))],
    ["wrong audience", ({ issuer, nonce, sign }) => sign(claims(issuer, nonce, { aud: "someone-else" }))],
    ["expired", ({ issuer, nonce, sign }) => sign(claims(issuer, nonce, { iat: now() - 7200, exp: now() - 3600 }))],
    ["wrong nonce", ({ issuer, sign }) => sign(claims(issuer, "replayed-nonce"))],
    ["wrong issuer", ({ nonce, sign }) => sign(claims("https://evil.example", nonce))],
    ["no pid", ({ issuer, nonce, sign }) => sign(claims(issuer, nonce, { pid: undefined }))],
    ["pid with bad check digits", ({ issuer, nonce, sign }) => sign(claims(issuer, nonce, { pid: "12345678901" }))],
    ["unknown security level", ({ issuer, nonce, sign }) => sign(claims(issuer, nonce, { acr: "Level3" }))],
    [
      "payload altered after signing",
      async ({ issuer, nonce, sign }) => {
        const [h, , s] = (await sign(claims(issuer, nonce))).split(".");
        const altered = Buffer.from(JSON.stringify(claims(issuer, nonce, { pid: scenario("graded").fnr }))).toString("base64url");
        return `${h}.${altered}.${s}`;
      },
    ],
    [
      "unsigned (alg none)",
      async ({ issuer, nonce }) => {
        const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
        return `${enc({ alg: "none" })}.${enc(claims(issuer, nonce))}.`;
      },
    ],
  ];

  it.each(rejected)("a token %s never produces a session", async (_name, recipe) => {
    const result = await login(recipe);
    expect(result.session).toBe(false);
    expect(result.redirect).toMatch(/\/api\/auth\/error\?error=(OAuthCallback|AccessDenied)$/);
  });

  it("a callback with a forged state never produces a session", async () => {
    const result = await login(({ issuer, nonce, sign }) => sign(claims(issuer, nonce)), true);
    expect(result.session).toBe(false);
  });
});
