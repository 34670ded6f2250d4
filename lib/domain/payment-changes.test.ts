import { describe, expect, it } from "vitest";
import { explainChange, type ComparablePayment } from "./payment-changes";
import { planMonth, type PensionProfile } from "./payment-plan";
import { kr } from "./money";

const base: PensionProfile = {
  startMonth: "2023-01",
  fullAmountAtStart: kr(22_000),
  drawGrades: [{ from: "2023-01", grade: 100 }],
  taxBases: [{ from: "2023-01", basis: { kind: "table", table: "7100" } }],
};

function at(profile: PensionProfile, month: string, grade = 100): ComparablePayment {
  return { month, lines: planMonth(profile, month)!.lines, grade };
}
const codes = (p: ComparablePayment | null, c: ComparablePayment) => explainChange(p, c).map((r) => r.code);

describe("why did the payment change", () => {
  it("says nothing when the net amount is the same, or for the first payment", () => {
    expect(explainChange(at(base, "2025-02"), at(base, "2025-03"))).toEqual([]);
    expect(explainChange(null, at(base, "2025-03"))).toEqual([]);
  });

  it("December: no tax withheld", () => {
    expect(codes(at(base, "2025-11"), at(base, "2025-12"))).toEqual(["decemberNoTax"]);
  });

  it("January: lower than December because tax is withheld again", () => {
    expect(codes(at(base, "2025-12"), at(base, "2026-01"))).toEqual(["januaryTaxResumes"]);
  });

  it("June: the annual adjustment and back pay for May; July: back pay ends", () => {
    const june = explainChange(at(base, "2025-05"), at(base, "2025-06"));
    expect(june).toContainEqual({ code: "adjustmentBackPay", forMonth: "2025-05" });
    expect(june.map((r) => r.code)).toContain("annualAdjustment");
    expect(codes(at(base, "2025-06"), at(base, "2025-07"))).toEqual(["backPayEnded"]);
  });

  it("a change of draw grade names both grades", () => {
    const graded: PensionProfile = {
      ...base,
      drawGrades: [
        { from: "2023-01", grade: 100 },
        { from: "2025-03", grade: 60 },
      ],
    };
    expect(explainChange(at(graded, "2025-02", 100), at(graded, "2025-03", 60))).toEqual([{ code: "drawGradeChanged", from: 100, to: 60 }]);
  });

  it("voluntary tax started, changed and stopped", () => {
    const vol: PensionProfile = {
      ...base,
      voluntaryTax: [
        { from: "2025-02", to: "2025-03", tax: { kind: "amount", amountOre: kr(500) } },
        { from: "2025-04", to: "2025-05", tax: { kind: "amount", amountOre: kr(900) } },
      ],
    };
    expect(codes(at(vol, "2025-01"), at(vol, "2025-02"))).toEqual(["voluntaryTaxStarted"]);
    expect(codes(at(vol, "2025-03"), at(vol, "2025-04"))).toEqual(["voluntaryTaxChanged"]);
    expect(codes(at(vol, "2025-07"), at(vol, "2025-08"))).toEqual([]);
    const stopped = explainChange(at(vol, "2025-05"), at({ ...vol }, "2025-06"));
    expect(stopped.map((r) => r.code)).toContain("voluntaryTaxStopped");
  });

  it("an institution deduction starting, changing and ending, naming the recipient", () => {
    const care = (amount: number, to?: string): PensionProfile => ({
      ...base,
      deductions: [{ from: "2025-02", to, code: "careHome", amountOre: kr(amount), recipient: "Oslo kommune" }],
    });
    expect(explainChange(at(care(8000), "2025-01"), at(care(8000), "2025-02"))).toEqual([
      { code: "deductionStarted", line: "careHome", recipient: "Oslo kommune" },
    ]);
    expect(codes(at(care(8000), "2025-03"), at(care(9000), "2025-03"))).toEqual(["deductionChanged"]);
    expect(codes(at(care(8000, "2025-03"), "2025-03"), at(care(8000, "2025-03"), "2025-04"))).toEqual(["deductionEnded"]);
  });

  it("a supplement starting (e.g. after a spouse's death)", () => {
    const survivor: PensionProfile = { ...base, extras: [{ from: "2025-04", code: "survivorSupplement", amountOre: kr(3000) }] };
    expect(codes(at(survivor, "2025-03"), at(survivor, "2025-04"))).toEqual(["supplementStarted"]);
  });

  it("a new tax card basis, and other tax changes as a last resort", () => {
    const newCard: PensionProfile = { ...base, taxBases: [...base.taxBases, { from: "2025-03", basis: { kind: "percent", percent: 20 } }] };
    expect(codes(at(newCard, "2025-02"), at(newCard, "2025-03"))).toEqual(["taxBasisChanged"]);
    const a = at(base, "2025-02");
    const b = { ...a, month: "2025-03", lines: a.lines.map((l) => (l.type === "TAX" ? { ...l, amountOre: l.amountOre - 100 } : l)) };
    expect(codes(a, b)).toEqual(["taxChanged"]);
  });
});
