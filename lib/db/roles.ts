import { type SqlRunner } from "./adapter";

/** A PostgreSQL role name as it may appear in a GRANT: letters, digits and underscores only. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * What the portal's own database role may do (docs/adr/0009-database-roles.md).
 *
 * The migration role owns every table; the portal connects as a role that owns
 * nothing. It may read and write the tables it works with, but on the access log
 * it may only add and read: no UPDATE, DELETE or TRUNCATE, and because it does
 * not own the table it cannot switch off the append-only triggers either.
 * It cannot create, alter or drop anything.
 *
 * Run after every migration (new tables need their grants). Idempotent.
 */
export function portalGrants(role: string): string {
  if (!ROLE_NAME.test(role)) throw new Error("The portal's database role name must be a plain lower-case identifier");
  const r = `"${role}"`;
  return `
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM ${r};
GRANT USAGE ON SCHEMA public TO ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
REVOKE ALL ON "_migrations" FROM ${r};
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AccessLog" FROM ${r};
GRANT SELECT, INSERT ON "AccessLog" TO ${r};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};
`;
}

/** The user name in a postgresql:// URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Grants the portal's role its rights when it differs from the role that ran the
 * migrations. When both are the same role (a developer's PostgreSQL, or PGlite,
 * where everyone is the superuser) there is nothing to separate, and the
 * append-only triggers are the only guard.
 */
export async function grantPortalRole(owner: SqlRunner, ownerUrl: string, portalUrl: string): Promise<string | null> {
  const portal = roleOf(portalUrl);
  if (portal === roleOf(ownerUrl)) return null;
  await owner.exec(portalGrants(portal));
  return portal;
}
