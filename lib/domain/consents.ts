/** What a person can consent to, and the version of the wording currently offered. */
export const CONSENT_PURPOSES = ["USER_RESEARCH", "INSURANCE_DISCLOSURE", "DIGITAL_LIFE_CERTIFICATE"] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CURRENT_TEXT_VERSION: Record<ConsentPurpose, string> = {
  USER_RESEARCH: "brukertest-2025-1",
  INSURANCE_DISCLOSURE: "forsikring-2024-2",
  DIGITAL_LIFE_CERTIFICATE: "leveattest-2026-1",
};

export type ConsentEvent = { purpose: ConsentPurpose; action: "GRANTED" | "WITHDRAWN"; textVersion: string; at: Date; counterparty?: string | null };

/** The state of each purpose is its latest event; the history keeps every grant and withdrawal. */
export function consentState<E extends ConsentEvent>(events: E[]): Record<ConsentPurpose, E | null> {
  const latest = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, null])) as Record<ConsentPurpose, E | null>;
  for (const e of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) latest[e.purpose] = e;
  return latest;
}

export const isGiven = (latest: ConsentEvent | null) => latest?.action === "GRANTED";
