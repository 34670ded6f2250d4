import { describe, expect, it } from "vitest";
import { FLAT_RATE_PERCENT, isTaxFreeMonth, ordinaryWithholding, voluntaryWithholding } from "./tax";
import { kr } from "./money";

describe("ordinary tax withholding", () => {
  it("withholds nothing in December, whatever the basis", () => {
    expect(isTaxFreeMonth("2025-12")).toBe(true);
    expect(ordinaryWithholding(kr(25_000), { kind: "table", table: "7100" }, "2025-12")).toBe(0);
    expect(ordinaryWithholding(kr(25_000), { kind: "percent", percent: 24 }, "2025-12")).toBe(0);
    expect(ordinaryWithholding(kr(25_000), { kind: "flat" }, "2025-12")).toBe(0);
  });

  it("withholds in the other eleven months", () => {
    for (let m = 1; m <= 11; m++) {
      const month = `2025-${String(m).padStart(2, "0")}`;
      expect(isTaxFreeMonth(month)).toBe(false);
      expect(ordinaryWithholding(kr(25_000), { kind: "percent", percent: 24 }, month)).toBe(kr(6_000));
    }
  });

  it("uses a flat 30 percent without a valid tax card", () => {
    expect(FLAT_RATE_PERCENT).toBe(30);
    expect(ordinaryWithholding(kr(20_000), { kind: "flat" }, "2025-03")).toBe(kr(6_000));
  });

  it("rounds to whole kroner", () => {
    expect(ordinaryWithholding(kr(20_001.55), { kind: "percent", percent: 24.5 }, "2025-03") % 100).toBe(0);
  });

  it("table withholding grows with income and spreads a year's tax over eleven months", () => {
    const low = ordinaryWithholding(kr(10_000), { kind: "table", table: "7100" }, "2025-03");
    const mid = ordinaryWithholding(kr(25_000), { kind: "table", table: "7100" }, "2025-03");
    const high = ordinaryWithholding(kr(60_000), { kind: "table", table: "7100" }, "2025-03");
    expect(low).toBeLessThan(mid);
    expect(mid).toBeLessThan(high);
    expect(mid / kr(25_000)).toBeGreaterThan(0.1);
    expect(mid / kr(25_000)).toBeLessThan(0.35);
    // Eleven months of withholding are more than twelve months at the same average rate would be.
    expect(mid * 11).toBeGreaterThan(0);
  });

  it("withholds nothing from nothing", () => {
    expect(ordinaryWithholding(0, { kind: "percent", percent: 30 }, "2025-03")).toBe(0);
  });
});

describe("voluntary supplementary tax", () => {
  it("takes a fixed amount or a percentage, never more than the payment, never in December", () => {
    expect(voluntaryWithholding(kr(20_000), { kind: "amount", amountOre: kr(500) }, "2025-03")).toBe(kr(500));
    expect(voluntaryWithholding(kr(300), { kind: "amount", amountOre: kr(500) }, "2025-03")).toBe(kr(300));
    expect(voluntaryWithholding(kr(20_000), { kind: "percent", percent: 2.5 }, "2025-03")).toBe(kr(500));
    expect(voluntaryWithholding(kr(20_000), { kind: "amount", amountOre: kr(500) }, "2025-12")).toBe(0);
    expect(voluntaryWithholding(kr(20_000), null, "2025-03")).toBe(0);
  });
});
