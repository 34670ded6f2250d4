import { describe, expect, it } from "vitest";
import { hasOfficialDates, paymentCalendar, paymentDate } from "./payment-dates";
import { isWorkingDay } from "./holidays";

describe("payment dates", () => {
  it("uses Nav's published dates for 2025, none of them estimates", () => {
    const dates = paymentCalendar(2025);
    expect(dates.map((d) => d.date)).toEqual([
      "2025-01-20", "2025-02-20", "2025-03-20", "2025-04-16", "2025-05-16", "2025-06-20",
      "2025-07-18", "2025-08-20", "2025-09-19", "2025-10-20", "2025-11-20", "2025-12-12",
    ]);
    expect(dates.every((d) => !d.estimated)).toBe(true);
    expect(hasOfficialDates(2025)).toBe(true);
  });

  it("the estimate rule reproduces every official 2025 date except May (moved for the adjustment)", () => {
    // Cross-check the estimate rule against published dates, month by month.
    const estimateFor = (month: number) => paymentDate(`2024-${String(month).padStart(2, "0")}`);
    expect(estimateFor(1).estimated).toBe(true);
    const official = paymentCalendar(2025);
    const rule = (m: number) => {
      const day = m === 12 ? 12 : 20;
      let d = new Date(Date.UTC(2025, m - 1, day));
      while (!isWorkingDay(d.toISOString().slice(0, 10))) d = new Date(d.getTime() - 86_400_000);
      return d.toISOString().slice(0, 10);
    };
    const mismatches = official.filter((o, i) => rule(i + 1) !== o.date).map((o) => o.month);
    expect(mismatches).toEqual(["2025-05"]);
  });

  it("estimates other years: the 20th, earlier when a weekend or holiday, and marks them", () => {
    expect(paymentDate("2026-01")).toEqual({ date: "2026-01-20", estimated: true }); // Tuesday
    expect(paymentDate("2026-06")).toEqual({ date: "2026-06-19", estimated: true }); // 20th is Saturday
    expect(paymentDate("2026-09")).toEqual({ date: "2026-09-18", estimated: true }); // 20th is Sunday
    expect(paymentDate("2027-03")).toEqual({ date: "2027-03-19", estimated: true }); // 20th is Saturday
  });

  it("moves back over public holidays", () => {
    // 20 May 2027? Whit Monday 2027 is 17 May; check a year where the 20th is a holiday:
    // Ascension Day 2021 was 13 May; Maundy Thursday 2019 fell on 18 April. Use Easter 2030: 21 April.
    expect(paymentDate("2030-04").date).toBe("2030-04-17"); // 20 Sat, 19 Good Friday, 18 Maundy Thursday
  });

  it("pays December early", () => {
    expect(paymentDate("2026-12")).toEqual({ date: "2026-12-11", estimated: true }); // 12th is Saturday
    expect(paymentDate("2027-12")).toEqual({ date: "2027-12-10", estimated: true }); // 12th is Sunday
  });

  it("always lands on a working day", () => {
    for (let year = 2015; year <= 2035; year++) {
      for (const d of paymentCalendar(year)) expect(isWorkingDay(d.date), d.date).toBe(true);
    }
  });
});
