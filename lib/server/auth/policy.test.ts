import { describe, expect, it } from "vitest";
import { levelForPath, safeReturnPath } from "./policy";

describe("route policy", () => {
  it("gives each page its level, most specific prefix first, unknown paths closed", () => {
    expect(levelForPath("/")).toBe("public");
    expect(levelForPath("/utbetalingskalender")).toBe("public");
    expect(levelForPath("/oversikt")).toBe("substantial");
    expect(levelForPath("/utbetalinger")).toBe("high");
    expect(levelForPath("/utbetalinger/2025-06")).toBe("high");
    expect(levelForPath("/utbetalingerX")).toBe("substantial");
    expect(levelForPath("/something-new")).toBe("substantial");
  });

  it("only allows same-site return paths", () => {
    expect(safeReturnPath("/utbetalinger")).toBe("/utbetalinger");
    expect(safeReturnPath("https://evil.example/")).toBe("/oversikt");
    expect(safeReturnPath("//evil.example/")).toBe("/oversikt");
    expect(safeReturnPath("/\\evil.example")).toBe("/oversikt");
    expect(safeReturnPath(undefined)).toBe("/oversikt");
  });

  it("refuses control characters, whitespace and encodings a browser would turn into an off-site address", () => {
    for (const evil of [
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "/ /evil.example",
      "/%0a",
      "\\/evil.example",
      "/\u0000x",
      "/\u007f",
      "//evil.example/x",
    ]) {
      const result = safeReturnPath(evil);
      expect(new URL(result, "https://portal.example").origin, JSON.stringify(evil)).toBe("https://portal.example");
      expect(result.startsWith("//")).toBe(false);
    }
    expect(safeReturnPath("/\t/evil.example")).toBe("/oversikt");
    expect(safeReturnPath("/utbetalinger?periode=iar#liste")).toBe("/utbetalinger?periode=iar#liste");
  });
});
