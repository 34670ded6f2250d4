import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, nonceOf } from "./csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("the Content-Security-Policy", () => {
  it("lets scripts run only with the request's nonce, never inline", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123", issuer: "https://idporten.no", dev: false });
    const scripts = directive(csp, "script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("names the issuer the running portal is configured with, read at run time", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", issuer: "https://test.idporten.no/", dev: false }), "form-action")).toBe(
      "form-action 'self' https://test.idporten.no",
    );
    expect(directive(contentSecurityPolicy({ nonce: "n", issuer: "http://127.0.0.1:8190", dev: false }), "form-action")).toBe(
      "form-action 'self' http://127.0.0.1:*",
    );
  });

  it("allows eval only for the development server", () => {
    expect(directive(contentSecurityPolicy({ nonce: "n", issuer: "https://idporten.no", dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("makes a new, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("gives a page the nonce the proxy put in the request's policy, and nothing when there is none", () => {
    const nonce = newNonce();
    expect(nonceOf(contentSecurityPolicy({ nonce, issuer: "https://idporten.no", dev: false }))).toBe(nonce);
    expect(nonceOf(null)).toBe("");
    expect(nonceOf("default-src 'self'")).toBe("");
  });
});
