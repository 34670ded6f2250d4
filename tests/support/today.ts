/** The date the integration tests run on (their clock is pinned, so the seeded data never drifts). */
export const INTEGRATION_TODAY = "2026-11-12";
