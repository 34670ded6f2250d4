import { ROUTE_POLICY } from "./server/auth/policy";

/** The statistics consent cookie: "ja" or "nei"; absent means not asked yet. */
export const STATS_COOKIE = "dp-statistikk";
export type StatsChoice = "ja" | "nei" | null;

export const statsChoice = (value: string | undefined): StatsChoice => (value === "ja" || value === "nei" ? value : null);

/** The first path segments the portal has (from the route table); a page view for anything else is not counted. */
const SECTIONS = new Set(ROUTE_POLICY.map((r) => r.prefix.split("/")[1] ?? ""));
const SEGMENT = /^(?:[a-z][a-z-]{0,39}|:id|:month)$/;

/**
 * What a page view records: the page's route only (ids and months replaced,
 * never a query string), and only for pages the portal has. Anything else
 * (digits, other text, unknown sections) is refused, so nothing identifying
 * can be stored through this unauthenticated endpoint.
 */
export function normalizePath(raw: string): string | null {
  if (!raw.startsWith("/") || raw.length > 200) return null;
  const path = raw
    .split(/[?#]/)[0]
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ":id")
    .replace(/\/\d{4}-(0[1-9]|1[0-2])(?=\/|$)/g, "/:month")
    .replace(/\/$/, "");
  const segments = path.split("/").slice(1);
  if (segments.length > 4 || !SECTIONS.has(segments[0] ?? "")) return null;
  if (segments.length > 1 && !segments.every((s) => SEGMENT.test(s))) return null;
  return path || "/";
}
