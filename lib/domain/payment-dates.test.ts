import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calendarYear, FIRST_YEAR, hasOfficialDates, isEstimatedDate, paymentCalendar, paymentDate, ruleDate } from "./payment-dates";
import { isWorkingDay } from "./holidays";
import { addDays } from "./calendar";

const TODAY = "2026-11-12";

describe("payment dates", () => {
  it("uses Nav's published dates for 2025, none of them estimates, whatever today is", () => {
    for (const today of ["2024-01-01", "2025-06-01", "2030-01-01"]) {
      const dates = paymentCalendar(2025, today);
      expect(dates.map((d) => d.date)).toEqual([
        "2025-01-20",
        "2025-02-20",
        "2025-03-20",
        "2025-04-16",
        "2025-05-16",
        "2025-06-20",
        "2025-07-18",
        "2025-08-20",
        "2025-09-19",
        "2025-10-20",
        "2025-11-20",
        "2025-12-12",
      ]);
      expect(dates.every((d) => d.published && !d.estimated)).toBe(true);
    }
    expect(hasOfficialDates(2025)).toBe(true);
  });

  it("the estimate rule reproduces every published 2025 date, May and December included", () => {
    for (const d of paymentCalendar(2025, TODAY)) expect(ruleDate(d.month), d.month).toBe(d.date);
  });

  it("estimates other years: the 20th (May 16th, December 12th), earlier when a weekend or holiday", () => {
    expect(paymentDate("2027-01", TODAY)).toEqual({ date: "2027-01-20", published: false, estimated: true });
    expect(paymentDate("2027-03", TODAY).date).toBe("2027-03-19"); // 20th is Saturday
    expect(paymentDate("2027-05", TODAY).date).toBe("2027-05-14"); // 16th is Whit Sunday, 15th Saturday
    expect(paymentDate("2026-12", TODAY)).toEqual({ date: "2026-12-11", published: false, estimated: true }); // 12th is Saturday
    expect(paymentDate("2030-04", TODAY).date).toBe("2030-04-17"); // 20 Sat, 19 Good Friday, 18 Maundy Thursday
  });

  it("a date that has passed is the date the money was paid: never an estimate", () => {
    expect(paymentDate("2026-01", TODAY)).toEqual({ date: "2026-01-20", published: false, estimated: false });
    expect(paymentDate("2024-05", TODAY).estimated).toBe(false);
    expect(paymentDate("2026-11", "2026-11-19").estimated).toBe(true);
    expect(paymentDate("2026-11", "2026-11-20").estimated).toBe(false);
    expect(paymentCalendar(2024, TODAY).some((d) => d.estimated)).toBe(false);
  });

  it("isEstimatedDate agrees with paymentDate for every month and day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2015, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -400, max: 400 }), (year, m, offset) => {
        const month = `${year}-${String(m).padStart(2, "0")}`;
        const { date, estimated } = paymentDate(month, TODAY);
        const today = addDays(date, offset);
        expect(isEstimatedDate(date, today)).toBe(paymentDate(month, today).estimated);
        expect(isEstimatedDate(date, TODAY)).toBe(estimated);
      }),
    );
  });

  it("always lands on a working day", () => {
    for (let year = 2015; year <= 2035; year++) {
      for (const d of paymentCalendar(year, TODAY)) expect(isWorkingDay(d.date), d.date).toBe(true);
    }
  });
});

describe("calendarYear: the year the payment calendar shows", () => {
  it("is the year asked for, from the first year to two years ahead", () => {
    expect(calendarYear(String(FIRST_YEAR), 2026)).toBe(2015);
    expect(calendarYear("2021", 2026)).toBe(2021);
    expect(calendarYear("2028", 2026)).toBe(2028);
  });

  it.each([undefined, "", "2014", "2029", "2026.5", "abc", "1e3"])("is the current year when %s is asked for", (value) => {
    expect(calendarYear(value, 2026)).toBe(2026);
  });
});
