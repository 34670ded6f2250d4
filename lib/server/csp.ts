/**
 * The Content-Security-Policy, built per request at run time (proxy.ts), so
 * one image serves every environment: `form-action` names the ID-porten
 * issuer the running portal is configured with. Scripts run only with the
 * request's nonce (Next puts it on its own scripts) and what those load
 * ('strict-dynamic'); no 'unsafe-inline' for scripts. Styles keep
 * 'unsafe-inline' for the style attributes Aksel's layout primitives set.
 * No third-party origins: fonts are self-hosted and nothing loads from a CDN.
 */
const LOOPBACK_HOSTS = ["127.0.0.1", "localhost"];

export function contentSecurityPolicy(opts: { nonce: string; issuer: string; verifier?: string; dev: boolean }): string {
  // A loopback (mock) issuer may sit on any local port.
  const source = (url: string) => {
    const u = new URL(url);
    return LOOPBACK_HOSTS.includes(u.hostname) ? `http://${u.hostname}:*` : u.origin;
  };
  // The digital life certificate sends the browser on to the identity-check provider after a form post.
  const formTargets = [...new Set([source(opts.issuer), ...(opts.verifier ? [source(opts.verifier)] : [])])].join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${opts.nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${formTargets}`,
  ].join("; ");
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The nonce in a Content-Security-Policy, as the proxy put it in the request's headers; "" when there is none. */
export function nonceOf(policy: string | null): string {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? "";
}
