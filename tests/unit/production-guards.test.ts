import { describe, expect, it } from "vitest";
import { DEV_SECRET, loadConfig } from "@/lib/server/config";

const STRONG = "Zq3v9LkP0sT7wXy2Ab4Cd6Ef8Gh1Ij5Km";
import { assertAllowed } from "@/lib/mock-idporten/server";

describe("the mock ID-porten is never trusted in production by default", () => {
  it("the mock refuses to start with NODE_ENV=production unless explicitly allowed", () => {
    expect(() => assertAllowed({ NODE_ENV: "production" })).toThrow(/refuses/);
    expect(() => assertAllowed({ NODE_ENV: "production", MOCK_IDPORTEN_ALLOW_PRODUCTION: "true" })).not.toThrow();
    expect(() => assertAllowed({ NODE_ENV: "development" })).not.toThrow();
  });

  it("the portal refuses a loopback issuer in production unless explicitly allowed", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/loopback/);
    expect(() => loadConfig({ NODE_ENV: "production", IDPORTEN_ISSUER: "http://localhost:8090" })).toThrow(/loopback/);
    expect(loadConfig({ NODE_ENV: "production", ALLOW_MOCK_IDPORTEN: "true", AUTH_SECRET: STRONG }).issuer).toBe("http://127.0.0.1:8090");
  });

  it("production never runs without a strong secret of its own, mock or not", () => {
    expect(() => loadConfig({ NODE_ENV: "production", ALLOW_MOCK_IDPORTEN: "true" })).toThrow(/AUTH_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", ALLOW_MOCK_IDPORTEN: "true", AUTH_SECRET: DEV_SECRET })).toThrow(/AUTH_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", ALLOW_MOCK_IDPORTEN: "true", AUTH_SECRET: "a".repeat(40) })).toThrow(/weak/);
    expect(() => loadConfig({ NODE_ENV: "production", ALLOW_MOCK_IDPORTEN: "true", AUTH_SECRET: "short" })).toThrow();
    expect(loadConfig({ NODE_ENV: "development" }).authSecret).toBe(DEV_SECRET);
  });

  it("the real ID-porten in production needs a real secret, and private_key_jwt needs a key", () => {
    const real = { NODE_ENV: "production", IDPORTEN_ISSUER: "https://idporten.no", IDPORTEN_CLIENT_ID: "abc" } as const;
    expect(() => loadConfig(real)).toThrow(/AUTH_SECRET/);
    const ok = loadConfig({ ...real, AUTH_SECRET: STRONG, PORTAL_URL: "https://pensjon.example" });
    expect(ok).toMatchObject({ issuer: "https://idporten.no", secureCookies: true, clientSecret: undefined });
    expect(() => loadConfig({ ...real, AUTH_SECRET: STRONG, IDPORTEN_CLIENT_AUTH: "private_key_jwt" })).toThrow(/JWK/);
  });
});

describe("the clock", () => {
  it("production refuses a pinned date unless explicitly allowed", async () => {
    const { today } = await import("@/lib/clock");
    expect(() => today({ NODE_ENV: "production", DINPENSJON_TODAY: "2026-11-12" })).toThrow(/production/);
    expect(today({ NODE_ENV: "production", DINPENSJON_TODAY: "2026-11-12", DINPENSJON_ALLOW_PINNED_DATE: "true" })).toBe("2026-11-12");
    expect(today({ NODE_ENV: "test", DINPENSJON_TODAY: "2026-11-12" })).toBe("2026-11-12");
  });
});

describe("configuration errors", () => {
  it("name each invalid variable, without its value", () => {
    let message = "";
    try {
      loadConfig({ NODE_ENV: "production", PORTAL_URL: "not a url", IDPORTEN_CLIENT_AUTH: "guess", AUTH_SECRET: "short-secret-value" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    expect(message).toMatch(/PORTAL_URL: /);
    expect(message).toMatch(/IDPORTEN_CLIENT_AUTH: /);
    expect(message).toMatch(/AUTH_SECRET: /);
    expect(message).not.toContain("short-secret-value");
  });
});
