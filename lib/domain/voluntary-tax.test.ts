import { describe, expect, it } from "vitest";
import { effectiveMonth, firstWithholdingMonth, voluntaryTaxForm, withholdingLooksLow } from "./voluntary-tax";

const parse = (form: Record<string, unknown>) => voluntaryTaxForm.safeParse({ active: false, ...form });
const errorOf = (form: Record<string, unknown>) => {
  const r = parse(form);
  return r.success ? null : r.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("voluntary tax form", () => {
  it("accepts whole kroner within bounds, with spaces", () => {
    expect(parse({ kind: "amount", amount: "1 500" }).data).toEqual({ kind: "amount", amountOre: 150_000 });
    expect(parse({ kind: "amount", amount: "50000" }).success).toBe(true);
  });

  it("names each amount mistake", () => {
    expect(errorOf({ kind: "amount", amount: "" })).toEqual([["amount", "amountRequired"]]);
    expect(errorOf({ kind: "amount", amount: "abc" })).toEqual([["amount", "amountNotNumber"]]);
    expect(errorOf({ kind: "amount", amount: "10,5" })).toEqual([["amount", "amountWhole"]]);
    expect(errorOf({ kind: "amount", amount: "0" })).toEqual([["amount", "amountRange"]]);
    expect(errorOf({ kind: "amount", amount: "50001" })).toEqual([["amount", "amountRange"]]);
  });

  it("accepts a percentage up to 50 with one decimal, comma or dot", () => {
    expect(parse({ kind: "percent", percent: "2,5" }).data).toEqual({ kind: "percent", percent: 2.5 });
    expect(parse({ kind: "percent", percent: "50" }).data).toEqual({ kind: "percent", percent: 50 });
    expect(parse({ kind: "percent", percent: "0.1" }).success).toBe(true);
  });

  it("names each percentage mistake", () => {
    expect(errorOf({ kind: "percent", percent: "" })).toEqual([["percent", "percentRequired"]]);
    expect(errorOf({ kind: "percent", percent: "x" })).toEqual([["percent", "percentNotNumber"]]);
    expect(errorOf({ kind: "percent", percent: "2,55" })).toEqual([["percent", "percentDecimals"]]);
    expect(errorOf({ kind: "percent", percent: "0" })).toEqual([["percent", "percentRange"]]);
    expect(errorOf({ kind: "percent", percent: "50.1" })).toEqual([["percent", "percentRange"]]);
  });

  it("requires a choice, and stopping needs something to stop", () => {
    expect(errorOf({})).toEqual([["kind", "kindRequired"]]);
    expect(errorOf({ kind: "stop" })).toEqual([["kind", "nothingToStop"]]);
    expect(parse({ kind: "stop", active: true }).data).toEqual({ kind: "stop" });
  });
});

describe("timing and warnings", () => {
  it("applies from the month after registration, over a new year too", () => {
    expect(effectiveMonth("2026-11-12")).toBe("2026-12");
    expect(effectiveMonth("2026-12-31")).toBe("2027-01");
  });

  it("warns when withholding is more than 10 % below what the tax card implies", () => {
    expect(withholdingLooksLow(89_999, 100_000)).toBe(true);
    expect(withholdingLooksLow(90_000, 100_000)).toBe(false);
    expect(withholdingLooksLow(0, 0)).toBe(false);
  });
});

describe("strict numbers", () => {
  it("refuses what Number() would accept but a person would not type", () => {
    for (const amount of ["0x1F4", "0b111", "1e3", "+500", "-500", "500 kr", "Infinity", " ", "1 2 3"]) {
      expect(parse({ kind: "amount", amount }).success, amount).toBe(false);
    }
    for (const percent of ["0x1", "1e1", "-5", "5%", "NaN"]) expect(parse({ kind: "percent", percent }).success, percent).toBe(false);
    expect(parse({ kind: "amount", amount: "12 000" }).data).toEqual({ kind: "amount", amountOre: 1_200_000 });
  });
});

describe("the limit: the net never goes below zero", () => {
  it("refuses more than the room left, and names the most", () => {
    const limit = { maxAmountOre: 300_000, maxPercent: 12.5 };
    expect(voluntaryTaxForm.safeParse({ active: false, kind: "amount", amount: "3000", limit }).success).toBe(true);
    const over = voluntaryTaxForm.safeParse({ active: false, kind: "amount", amount: "3001", limit });
    expect(over.error?.issues[0]).toMatchObject({ path: ["amount"], message: "amountOverLimit", params: { maxOre: "300000" } });
    expect(voluntaryTaxForm.safeParse({ active: false, kind: "percent", percent: "12,6", limit }).error?.issues[0].message).toBe("percentOverLimit");
    const none = voluntaryTaxForm.safeParse({ active: false, kind: "amount", amount: "1", limit: { maxAmountOre: 0, maxPercent: 0 } });
    expect(none.error?.issues[0].message).toBe("noRoom");
  });

  it("a change registered in November is first withheld in January", () => {
    expect(firstWithholdingMonth("2026-11-25")).toBe("2027-01");
    expect(firstWithholdingMonth("2026-12-01")).toBe("2027-01");
    expect(firstWithholdingMonth("2026-03-10")).toBe("2026-04");
  });
});
