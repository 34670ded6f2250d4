/**
 * The session cookie's name. Over https it carries the `__Host-` prefix: the
 * browser then only accepts it when Secure, for the whole site (Path=/) and
 * without a Domain, so no subdomain can set or overwrite it.
 */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.session-token`;
}
