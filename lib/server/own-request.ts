/**
 * Requests the portal makes to its own server: the render cache's copies
 * (ADR 0019). Such a request carries a secret
 * made when the process started. Only with it does the proxy treat a request
 * as its own, and only such requests are left out of the request log and the
 * request metrics (the request that caused one is logged). The secret is kept
 * on globalThis because the proxy and the request observer are bundled apart
 * but run in the same process.
 */
export const OWN_REQUEST_HEADER = "x-dinpensjon-own-request";
const KEY = Symbol.for("dinpensjon.own-request-secret");

type Purpose = "cache-fill";

function secret(): string {
  const holder = globalThis as { [KEY]?: string };
  holder[KEY] ??= crypto.randomUUID();
  return holder[KEY];
}

/** The header that marks a request of the portal's own, for one purpose. */
export const ownRequestHeader = (purpose: Purpose): [string, string] => [OWN_REQUEST_HEADER, `${purpose}:${secret()}`];

/** Whether a request is the portal's own, for the given purpose or (without one) for any. */
export function isOwnRequest(value: string | null | undefined, purpose?: Purpose): boolean {
  const at = value?.indexOf(":") ?? -1;
  if (!value || at < 1) return false;
  return value.slice(at + 1) === secret() && (purpose === undefined || value.slice(0, at) === purpose);
}

export const ownRequestValue = (headers: Headers): string | null => headers.get(OWN_REQUEST_HEADER);

/** The standalone server's own address, as server.js reads it. */
export function ownOrigin(): string {
  const host = process.env.HOSTNAME;
  return `http://${!host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host}:${process.env.PORT ?? 3000}`;
}
