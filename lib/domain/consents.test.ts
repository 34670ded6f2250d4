import { describe, expect, it } from "vitest";
import { consentState, isGiven } from "./consents";

describe("consent state", () => {
  it("is the latest event per purpose, whatever order they come in", () => {
    const state = consentState([
      { purpose: "INSURANCE_DISCLOSURE", action: "WITHDRAWN", textVersion: "v2", at: new Date("2025-03-01") },
      { purpose: "INSURANCE_DISCLOSURE", action: "GRANTED", textVersion: "v2", at: new Date("2024-01-01") },
      { purpose: "USER_RESEARCH", action: "GRANTED", textVersion: "v1", at: new Date("2025-01-01") },
    ]);
    expect(isGiven(state.INSURANCE_DISCLOSURE)).toBe(false);
    expect(isGiven(state.USER_RESEARCH)).toBe(true);
    expect(state.DIGITAL_LIFE_CERTIFICATE).toBeNull();
  });
});
