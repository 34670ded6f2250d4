import { describe, expect, it } from "vitest";
import { easterSunday, isWorkingDay, publicHolidays, workingDayOnOrBefore } from "./holidays";

describe("Easter", () => {
  it.each([
    [2015, "2015-04-05"],
    [2016, "2016-03-27"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2008, "2008-03-23"],
  ])("Easter Sunday %i is %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("Norwegian public holidays", () => {
  it("lists the twelve holidays of 2025", () => {
    expect([...publicHolidays(2025)].sort()).toEqual([
      "2025-01-01",
      "2025-04-17",
      "2025-04-18",
      "2025-04-20",
      "2025-04-21",
      "2025-05-01",
      "2025-05-17",
      "2025-05-29",
      "2025-06-08",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("treats weekends and holidays as non-working days", () => {
    expect(isWorkingDay("2025-01-20")).toBe(true); // Monday
    expect(isWorkingDay("2025-01-18")).toBe(false); // Saturday
    expect(isWorkingDay("2025-01-19")).toBe(false); // Sunday
    expect(isWorkingDay("2025-05-01")).toBe(false); // Labour Day, Thursday
    expect(isWorkingDay("2025-05-29")).toBe(false); // Ascension Day
  });

  it("moves back over Easter to the Wednesday before", () => {
    // 20 April 2025 is Easter Sunday; Saturday, Good Friday and Maundy Thursday precede it.
    expect(workingDayOnOrBefore("2025-04-20")).toBe("2025-04-16");
    expect(workingDayOnOrBefore("2025-04-16")).toBe("2025-04-16");
  });
});
