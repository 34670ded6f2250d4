import { describe, expect, it } from "vitest";
import { chosenMonth, periodDates, resolvePeriod } from "./periods";

const TODAY = "2026-11-12";

describe("payment list periods", () => {
  it("defaults to the last three months, including a visible upcoming payment", () => {
    expect(resolvePeriod(undefined, TODAY)).toEqual({ period: { kind: "siste3", from: "2026-09", to: "2026-12" }, errors: [] });
    expect(resolvePeriod("nonsense", TODAY).period.kind).toBe("siste3");
  });

  it("this year and last year are calendar years", () => {
    expect(resolvePeriod("iar", TODAY).period).toEqual({ kind: "iar", from: "2026-01", to: "2026-12" });
    expect(resolvePeriod("ifjor", TODAY).period).toEqual({ kind: "ifjor", from: "2025-01", to: "2025-12" });
  });

  it("wraps the last three months over a new year", () => {
    expect(resolvePeriod("siste3", "2026-01-05").period).toMatchObject({ from: "2025-11", to: "2026-02" });
  });

  it("accepts a valid custom period", () => {
    expect(resolvePeriod("egen", TODAY, { from: "2024-03", to: "2025-02" })).toEqual({
      period: { kind: "egen", from: "2024-03", to: "2025-02" },
      errors: [],
    });
  });

  it("names every problem with a custom period and falls back to the default", () => {
    expect(resolvePeriod("egen", TODAY, {}).errors).toEqual(["fromInvalid", "toInvalid"]);
    expect(resolvePeriod("egen", TODAY, { from: "2024-13", to: "2025-01" }).errors).toEqual(["fromInvalid"]);
    expect(resolvePeriod("egen", TODAY, { from: "2025-05", to: "2025-01" }).errors).toEqual(["fromAfterTo"]);
    expect(resolvePeriod("egen", TODAY, { from: "2000-01", to: "2025-01" }).errors).toEqual(["tooLong"]);
    expect(resolvePeriod("egen", TODAY, { from: "x", to: "2025-01" }).period.kind).toBe("siste3");
  });

  it("turns a period into inclusive payment dates, leap years included", () => {
    expect(periodDates({ kind: "egen", from: "2024-01", to: "2024-02" })).toEqual({ from: "2024-01-01", to: "2024-02-29" });
    expect(periodDates({ kind: "egen", from: "2025-01", to: "2025-02" })).toEqual({ from: "2025-01-01", to: "2025-02-28" });
  });
});

describe("a custom month from the form's two fields, or from a link", () => {
  it("joins month and year, prefers the fields to a whole month, and leaves checking to resolvePeriod", () => {
    expect(chosenMonth({ year: "2016", month: "01" })).toBe("2016-01");
    expect(chosenMonth({ whole: "2016-01" })).toBe("2016-01");
    expect(chosenMonth({ year: "2017", month: "03", whole: "2016-01" })).toBe("2017-03");
    expect(chosenMonth({})).toBeUndefined();
    // Half a month is still the user's choice, and comes back as an error rather than a silent default.
    expect(chosenMonth({ year: "2016" })).toBe("2016-");
    expect(resolvePeriod("egen", "2026-11-12", { from: chosenMonth({ year: "2016" }), to: "2026-12" }).errors).toEqual(["fromInvalid"]);
    expect(resolvePeriod("egen", "2026-11-12", { from: chosenMonth({ year: "2016", month: "13" }), to: "2026-12" }).errors).toEqual(["fromInvalid"]);
  });
});
