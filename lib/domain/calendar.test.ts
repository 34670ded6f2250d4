import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays as addDaysFns, differenceInCalendarDays, formatISO, getDay, getDaysInMonth } from "date-fns";
import { tz } from "@date-fns/tz";
import { addDays, addMonths, daysBetween, daysInMonth, dayOf, monthRange, monthsBetween, osloDate, weekday } from "./calendar";

const UTC = { in: tz("UTC") };
const iso = (d: Date) => formatISO(d, { representation: "date", ...UTC });
/** Any day from 1900 to 2100, as the calendar takes it. */
const anyDay = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }).map(iso);

describe("the day arithmetic agrees with date-fns", () => {
  it("adding days, counting days, the weekday and the month's length (property)", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -4000, max: 4000 }), (day, n) => {
        expect(addDays(day, n)).toBe(iso(addDaysFns(day, n, UTC)));
        expect(daysBetween(day, addDays(day, n))).toBe(n);
        expect(daysBetween(day, addDays(day, n))).toBe(differenceInCalendarDays(addDays(day, n), day, UTC));
        expect(weekday(day)).toBe(getDay(day, UTC));
        const [y, m] = day.split("-").map(Number);
        expect(daysInMonth(y, m)).toBe(getDaysInMonth(day, UTC));
      }),
    );
  });

  it("months: across year ends, both ways, and an inclusive range", () => {
    expect(addMonths("2026-11", 2)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-01", -13)).toBe("2024-12");
    expect(monthsBetween("2025-12", "2027-01")).toBe(13);
    expect(monthRange("2026-11", "2027-02")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthRange("2027-02", "2026-11")).toEqual([]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });
});

describe("instants become days in Norway", () => {
  // [the instant, the day it is in Oslo]
  const cases: Record<string, Array<[string, string]>> = {
    "late in the evening by UTC is already the next day in Oslo, in winter and in summer": [
      ["2026-12-01T22:59:59Z", "2026-12-01"],
      ["2026-12-01T23:00:00Z", "2026-12-02"],
      ["2026-06-30T21:59:59Z", "2026-06-30"],
      ["2026-06-30T22:00:00Z", "2026-07-01"],
      // New Year's Eve at a quarter past eleven in London is New Year in Oslo.
      ["2026-12-31T23:15:00Z", "2027-01-01"],
    ],
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00.
    "the nights the clocks change: every hour lands on the right day": [
      ["2026-03-28T22:59:00Z", "2026-03-28"],
      ["2026-03-28T23:00:00Z", "2026-03-29"],
      ["2026-03-29T21:59:00Z", "2026-03-29"],
      ["2026-03-29T22:00:00Z", "2026-03-30"],
      ["2026-10-24T21:59:00Z", "2026-10-24"],
      ["2026-10-24T22:00:00Z", "2026-10-25"],
      ["2026-10-25T22:59:00Z", "2026-10-25"],
      ["2026-10-25T23:00:00Z", "2026-10-26"],
    ],
  };
  for (const [name, examples] of Object.entries(cases)) {
    it(name, () => {
      for (const [instant, day] of examples) expect(osloDate(new Date(instant)), instant).toBe(day);
    });
  }

  it("a date column (midnight UTC) is read as the day it holds, whatever the server's zone (property)", () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(dayOf(new Date(`${day}T00:00:00Z`))).toBe(day);
      }),
    );
  });
});
