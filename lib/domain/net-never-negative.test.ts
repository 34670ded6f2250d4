import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scenarios } from "../../prisma/scenarios";
import { addMonths } from "./calendar";
import { kr } from "./money";
import { planMonth, planPayments, roomForVoluntaryTax, type PensionProfile } from "./payment-plan";
import { totalsOf } from "./payment-lines";
import { voluntaryTaxLimit, MAX_VOLUNTARY_AMOUNT_KR, MAX_VOLUNTARY_PERCENT } from "./voluntary-tax";
import { DRAW_GRADES } from "./draw-grade";

const TODAY = "2026-11-12";
const persons = scenarios(TODAY).filter((s) => s.pension);

const voluntary = fc.oneof(
  fc.integer({ min: 1, max: MAX_VOLUNTARY_AMOUNT_KR }).map((k) => ({ kind: "amount" as const, amountOre: kr(k) })),
  fc.integer({ min: 1, max: MAX_VOLUNTARY_PERCENT * 10 }).map((p) => ({ kind: "percent" as const, percent: p / 10 })),
);

describe("the net is never negative", () => {
  it("for every person, any voluntary tax the form could ever have accepted, any grade, from any month (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...persons),
        voluntary,
        fc.constantFrom(...DRAW_GRADES),
        fc.integer({ min: -24, max: 12 }),
        fc.integer({ min: 0, max: 200_000 }),
        (s, tax, grade, offset, careHomeKr) => {
          const from = addMonths("2026-11", offset);
          const profile: PensionProfile = {
            ...s.pension!,
            drawGrades: [...s.pension!.drawGrades.filter((g) => g.from < from), { from, grade }],
            voluntaryTax: [{ from, tax }],
            deductions: [...(s.pension!.deductions ?? []), { from, code: "careHome", amountOre: kr(careHomeKr / 10), recipient: "kommune" }],
          };
          for (const p of planPayments(profile, "2027-12-01")) {
            const t = totalsOf(p.lines);
            expect(t.netOre, `${s.key} ${p.month}`).toBeGreaterThanOrEqual(0);
            expect(t.grossOre - t.taxOre - t.voluntaryTaxOre - t.deductionsOre).toBe(t.netOre);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the named limit is exactly what fits: at the limit nothing is cut, one krone more would not fit", () => {
    for (const s of persons) {
      const from = "2027-01";
      const limit = voluntaryTaxLimit(s.pension!, from);
      const atLimit = { ...s.pension!, voluntaryTax: [{ from, tax: { kind: "amount" as const, amountOre: limit.maxAmountOre } }] };
      for (let i = 0; i < 12; i++) {
        const month = addMonths(from, i);
        const planned = planMonth(atLimit, month);
        const room = roomForVoluntaryTax(s.pension!, month);
        if (!planned || room === null) continue;
        expect(totalsOf(planned.lines).voluntaryTaxOre, `${s.key} ${month}`).toBe(limit.maxAmountOre);
        expect(limit.maxAmountOre).toBeLessThanOrEqual(room);
      }
      if (limit.maxAmountOre < kr(MAX_VOLUNTARY_AMOUNT_KR)) {
        const rooms = Array.from({ length: 12 }, (_, i) => roomForVoluntaryTax(s.pension!, addMonths(from, i))).filter((r): r is number => r !== null);
        expect(Math.min(...rooms), s.key).toBe(limit.maxAmountOre);
      }
    }
  });

  it("a care-home resident with a graded pension and a large extra tax: the old portal paid out less than nothing", () => {
    const careHome = persons.find((s) => s.pension?.deductions?.length)!;
    const profile = { ...careHome.pension!, voluntaryTax: [{ from: "2026-01", tax: { kind: "amount" as const, amountOre: kr(12_000) } }] };
    const nov = planMonth(profile, "2026-11")!;
    expect(totalsOf(nov.lines).netOre).toBe(0);
  });

  it("May back pay is paid in June also to someone who stops from June", () => {
    const full = persons.find((s) => s.key === "full")!.pension!;
    const stopped = { ...full, drawGrades: [...full.drawGrades, { from: "2026-06", grade: 0 as const }] };
    const june = planMonth(stopped, "2026-06");
    expect(june?.lines.map((l) => l.type)).toContain("BACK_PAY");
    expect(june?.lines.some((l) => l.type === "PENSION")).toBe(false);
    expect(totalsOf(june!.lines).netOre).toBeGreaterThan(0);
  });
});
