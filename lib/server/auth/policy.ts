import { type LevelName } from "../../domain/security-level";

/**
 * Which pages need which security level: the one table. Pages, route handlers
 * and server actions ask it through requirePage(); the most specific prefix wins.
 */
export const ROUTE_POLICY: ReadonlyArray<{ prefix: string; level: LevelName | "public" }> = [
  { prefix: "/", level: "public" },
  { prefix: "/utbetalingskalender", level: "public" },
  { prefix: "/personvern", level: "public" },
  { prefix: "/logg-inn", level: "public" },
  { prefix: "/logget-ut", level: "public" },
  { prefix: "/tilgjengelighet", level: "public" },
  { prefix: "/oversikt", level: "substantial" },
  { prefix: "/utbetalinger", level: "high" },
  { prefix: "/skatt", level: "high" },
  { prefix: "/konto", level: "high" },
  { prefix: "/uttaksgrad", level: "high" },
  { prefix: "/saker", level: "high" },
  { prefix: "/brev", level: "high" },
  { prefix: "/meldinger", level: "substantial" },
  { prefix: "/mine-data", level: "high" },
  { prefix: "/mine-data/samtykker", level: "substantial" },
  { prefix: "/velg-person", level: "substantial" },
  { prefix: "/ingen-tilgang", level: "substantial" },
  { prefix: "/endringer", level: "substantial" },
  { prefix: "/leveattest", level: "substantial" },
  { prefix: "/fullmakter", level: "high" },
];

export function levelForPath(path: string): LevelName | "public" {
  const match = ROUTE_POLICY.filter((r) => path === r.prefix || path.startsWith(r.prefix === "/" ? "/" : `${r.prefix}/`)).sort(
    (a, b) => b.prefix.length - a.prefix.length,
  )[0];
  return match && (match.prefix !== "/" || path === "/") ? match.level : "substantial";
}

const FALLBACK = "/oversikt";
const PROBE_ORIGIN = "https://portal.invalid";

/**
 * Only same-site paths are allowed as a return address after login. The value
 * is parsed as a URL against the portal's own origin (as a browser would), so
 * tabs, line breaks, backslashes and other tricks that a browser strips or
 * rewrites into an off-site address are refused rather than passed on.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || /[\u0000-\u0020\u007F\\]/.test(value)) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== PROBE_ORIGIN || value.startsWith("//")) return FALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
