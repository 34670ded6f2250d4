/**
 * next-auth's double-submit CSRF token, made where a page is requested so a
 * plain HTML login form can carry it (no JavaScript, no extra request). The
 * cookie holds `token|sha256(token + secret)`, exactly as next-auth checks it.
 * Web Crypto only: this runs in the proxy.
 */
export function csrfCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.csrf-token`;
}

/** `bytes` random bytes as hex. */
export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The token from a valid cookie, or a fresh token with the cookie value to set. */
export async function csrfToken(cookieValue: string | undefined, secret: string): Promise<{ token: string; setCookie: string | null }> {
  const [token, hash] = (cookieValue ?? "").split("|");
  if (token && hash && (await sha256Hex(`${token}${secret}`)) === hash) return { token, setCookie: null };
  const fresh = randomHex(32);
  return { token: fresh, setCookie: `${fresh}|${await sha256Hex(`${fresh}${secret}`)}` };
}
