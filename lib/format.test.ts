import { describe, expect, it } from "vitest";
import { formatDate, formatInstant, formatInstantDate, formatMoney, formatMonth, formatNumber, formatWeekday } from "./format";

describe("locale formatting", () => {
  it("formats money as Nav does in each language", () => {
    expect(formatMoney(2_134_500, "nb")).toBe("21\u00a0345\u00a0kr");
    expect(formatMoney(2_134_500, "en")).toBe("NOK\u00a021,345");
    expect(formatMoney(2_134_550, "nb")).toBe("21\u00a0345,50\u00a0kr");
    expect(formatMoney(0, "nb")).toBe("0\u00a0kr");
  });

  it("formats dates and months", () => {
    expect(formatDate("2025-01-20", "nb")).toBe("20. januar 2025");
    expect(formatDate("2025-01-20", "en")).toBe("20 January 2025");
    expect(formatMonth("2025-06", "nb")).toBe("juni 2025");
    expect(formatMonth("2025-06", "en")).toBe("June 2025");
    expect(formatMonth("2025-06", "nn")).toBe("juni 2025");
    expect(formatWeekday("2026-11-20", "nb")).toBe("fredag");
    expect(formatWeekday("2026-11-20", "en")).toBe("Friday");
  });

  it("a day stays the day it is, whatever the server's time zone; an instant is shown as in Norway", () => {
    expect(formatDate("2026-01-01", "nb")).toBe("1. januar 2026");
    // 23:30 UTC on 12 November is 00:30 on the 13th in Oslo (winter), and 01:30 on 1 July in summer.
    expect(formatInstantDate(new Date("2026-11-12T23:30:00Z"), "nb")).toBe("13. november 2026");
    expect(formatInstant(new Date("2026-06-30T23:30:00Z"), "nb")).toBe("1. juli 2026 kl. 01:30");
    expect(formatInstant(new Date("2026-06-30T23:30:00Z"), "en")).toBe("1 July 2026 at 01:30");
  });

  it("numbers in running text: a decimal comma in Norwegian, a point in English", () => {
    expect(formatNumber(2.5, "nb")).toBe("2,5");
    expect(formatNumber(2.5, "en")).toBe("2.5");
    expect(formatNumber(12345, "nn")).toBe("12 345");
  });
});

describe("country names", () => {
  it("name a country in the user's language, and keep an unknown code as it is", async () => {
    const { formatCountry } = await import("./format");
    expect(formatCountry("ES", "nb")).toBe("Spania");
    expect(formatCountry("ES", "en")).toBe("Spain");
    expect(formatCountry("SE", "nn")).toBe("Sverige");
    expect(formatCountry("??", "nb")).toBe("??");
  });
});
