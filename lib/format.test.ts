import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatMonth } from "./format";

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
