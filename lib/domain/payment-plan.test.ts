import { describe, expect, it } from "vitest";
import { planMonth, planPayments, type PensionProfile } from "./payment-plan";
import { totalsOf } from "./payment-lines";
import { kr } from "./money";

const profile: PensionProfile = {
  startMonth: "2024-03",
  fullAmountAtStart: kr(20_000),
  supplementAtStart: kr(1_000),
  drawGrades: [{ from: "2024-03", grade: 100 }],
  taxBases: [{ from: "2024-01", basis: { kind: "percent", percent: 25 } }],
};

describe("monthly payments", () => {
  it("has no tax line in December, so January nets less than December", () => {
    const dec = planMonth(profile, "2024-12")!;
    const jan = planMonth(profile, "2025-01")!;
    expect(dec.lines.some((l) => l.type === "TAX")).toBe(false);
    expect(totalsOf(jan.lines).netOre).toBeLessThan(totalsOf(dec.lines).netOre);
  });

  it("pays back pay for May in June after the adjustment, labelled for May", () => {
    const may = planMonth(profile, "2025-05")!;
    const june = planMonth(profile, "2025-06")!;
    const backPay = june.lines.find((l) => l.type === "BACK_PAY");
    expect(backPay?.forMonth).toBe("2025-05");
    const pensionLine = (p: typeof may) => p.lines.filter((l) => l.type !== "BACK_PAY" && l.amountOre > 0).reduce((a, l) => a + l.amountOre, 0);
    // Back pay equals the June raise applied to May.
    expect(backPay!.amountOre).toBe(pensionLine(june) - pensionLine(may));
    expect(planMonth(profile, "2025-07")!.lines.some((l) => l.type === "BACK_PAY")).toBe(false);
  });

  it("scales the pension by the draw grade and pays nothing at 0 percent", () => {
    const graded: PensionProfile = {
      ...profile,
      drawGrades: [
        { from: "2024-03", grade: 100 },
        { from: "2025-04", grade: 50 },
        { from: "2025-09", grade: 0 },
      ],
    };
    const full = planMonth(graded, "2025-03")!.lines.find((l) => l.type === "PENSION")!.amountOre;
    const half = planMonth(graded, "2025-04")!.lines.find((l) => l.type === "PENSION")!.amountOre;
    expect(half).toBe(full / 2);
    expect(planMonth(graded, "2025-09")).toBeNull();
  });

  it("pays nothing before the start month", () => {
    expect(planMonth(profile, "2024-02")).toBeNull();
  });

  it("deducts the care-home contribution for the municipality", () => {
    const careHome: PensionProfile = { ...profile, deductions: [{ from: "2025-01", code: "careHome", amountOre: kr(9_000), recipient: "Bergen kommune" }] };
    const p = planMonth(careHome, "2025-02")!;
    const line = p.lines.find((l) => l.type === "DEDUCTION")!;
    expect(line).toMatchObject({ amountOre: -kr(9_000), recipient: "Bergen kommune" });
    expect(totalsOf(p.lines).deductionsOre).toBe(kr(9_000));
  });

  it("applies voluntary tax from its month and not in December", () => {
    const vol: PensionProfile = { ...profile, voluntaryTax: [{ from: "2025-02", tax: { kind: "amount", amountOre: kr(700) } }] };
    expect(planMonth(vol, "2025-01")!.lines.some((l) => l.type === "VOLUNTARY_TAX")).toBe(false);
    expect(planMonth(vol, "2025-02")!.lines.find((l) => l.type === "VOLUNTARY_TAX")?.amountOre).toBe(-kr(700));
    expect(planMonth(vol, "2025-12")!.lines.some((l) => l.type === "VOLUNTARY_TAX")).toBe(false);
  });

  it("records the tax card basis on the tax line", () => {
    expect(planMonth(profile, "2025-02")!.lines.find((l) => l.type === "TAX")?.taxBasis).toBe("percent:25");
  });

  it("pays whole kroner", () => {
    for (const p of planPayments(profile, "2026-11-12")) {
      for (const l of p.lines) expect(Math.abs(l.amountOre) % 100, `${p.month} ${l.code}`).toBe(0);
    }
  });
});

describe("payment history to date", () => {
  it("runs from the start month through the next payment after today", () => {
    const list = planPayments(profile, "2026-11-12");
    expect(list[0].month).toBe("2024-03");
    expect(list.at(-1)!.month).toBe("2026-11"); // 20 November is still ahead
    expect(planPayments(profile, "2026-11-20").at(-1)!.month).toBe("2026-12"); // paid today: December is next
  });

  it("marks estimated dates outside 2025", () => {
    const list = planPayments(profile, "2026-11-12");
    expect(list.find((p) => p.month === "2025-04")).toMatchObject({ date: "2025-04-16", estimatedDate: false });
    expect(list.find((p) => p.month === "2026-04")?.estimatedDate).toBe(true);
  });
});

describe("totals", () => {
  it("net is gross minus tax, voluntary tax and deductions, to the øre", () => {
    const t = totalsOf([
      { type: "PENSION", amountOre: 2_000_055 },
      { type: "SUPPLEMENT", amountOre: 100_000 },
      { type: "BACK_PAY", amountOre: 5_000 },
      { type: "TAX", amountOre: -400_000 },
      { type: "VOLUNTARY_TAX", amountOre: -50_000 },
      { type: "DEDUCTION", amountOre: -900_000 },
    ]);
    expect(t).toEqual({ grossOre: 2_105_055, taxOre: 400_000, voluntaryTaxOre: 50_000, deductionsOre: 900_000, netOre: 755_055 });
    expect(Object.is(totalsOf([{ type: "PENSION", amountOre: 1 }]).deductionsOre, -0)).toBe(false);
  });
});
