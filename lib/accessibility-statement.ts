/**
 * The accessibility statement's facts (app/tilgjengelighet). The deviations
 * are the known gaps, each with its text in every language; remove one here
 * when the gap is closed, and add one as soon as a gap is found. Updated at
 * least once a year, as Uutilsynet expects.
 */
export const ACCESSIBILITY_STATEMENT = {
  updated: "2026-11-25",
  standard: "WCAG 2.1 AA",
  deviations: ["timeoutNoJs", "letters"],
} as const;

export const ACCESSIBILITY_SECTIONS = ["status", "deviations", "testing", "feedback", "authority"] as const;
