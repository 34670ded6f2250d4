import { describe, expect, it } from "vitest";
import { adjustmentPercent, fullAmountFor, paidAmountFor } from "./adjustment";
import { kr } from "./money";

describe("annual adjustment from 1 May", () => {
  const base = kr(20_000);

  it("keeps the amount until May and raises it from May", () => {
    expect(fullAmountFor(base, "2024-06", "2025-04")).toBe(base);
    expect(fullAmountFor(base, "2024-06", "2025-05")).toBe(Math.round(base * (1 + adjustmentPercent(2025) / 100)));
  });

  it("pays May at the old rate (the decision comes late in May) and June at the new", () => {
    expect(paidAmountFor(base, "2024-06", "2025-05")).toBe(base);
    expect(paidAmountFor(base, "2024-06", "2025-06")).toBe(fullAmountFor(base, "2024-06", "2025-05"));
  });

  it("compounds over several years", () => {
    const expected = Math.round(Math.round(base * (1 + adjustmentPercent(2024) / 100)) * (1 + adjustmentPercent(2025) / 100));
    expect(fullAmountFor(base, "2023-09", "2025-07")).toBe(expected);
  });

  it("does not adjust a pension that started in or after May of that year", () => {
    expect(fullAmountFor(base, "2025-05", "2025-08")).toBe(base);
    expect(paidAmountFor(base, "2025-05", "2025-05")).toBe(base);
  });

  it("knows no adjustment for years without a decision", () => {
    expect(adjustmentPercent(2099)).toBe(0);
  });
});
