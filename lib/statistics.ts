/** The statistics consent cookie: "ja" or "nei"; absent means not asked yet. */
export const STATS_COOKIE = "dp-statistikk";
export type StatsChoice = "ja" | "nei" | null;

export const statsChoice = (value: string | undefined): StatsChoice => (value === "ja" || value === "nei" ? value : null);

/** What a page view records: the path only, with ids replaced, never a query string. */
export function normalizePath(raw: string): string | null {
  if (!raw.startsWith("/") || raw.length > 200) return null;
  return raw
    .split("?")[0]
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ":id")
    .replace(/\d{11}/g, ":number");
}
