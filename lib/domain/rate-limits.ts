/**
 * How often someone may do something, per window. Counted in the database so
 * the limit holds across every portal instance. Generous enough that no person
 * using the portal meets them; tight enough that a script cannot flood it.
 */
export const RATE_LIMITS = {
  /** Starting a login, per client address. */
  login: { limit: 30, windowSeconds: 60 },
  /** Sending any form, per person. */
  submit: { limit: 20, windowSeconds: 60 },
  /** Requests about one's rights (each becomes a case for a caseworker), per person. */
  rightsRequest: { limit: 10, windowSeconds: 24 * 3600 },
  /** Unauthenticated writes such as page-view statistics, per client address. */
  anonymousWrite: { limit: 120, windowSeconds: 60 },
} as const;

export type RateLimitKind = keyof typeof RATE_LIMITS;

/** The start of the fixed window an instant falls in. */
export function windowStart(now: Date, windowSeconds: number): Date {
  const ms = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}
