import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkDigits, hasValidCheckDigits, parseFnr, syntheticFnr } from "./fnr";
import { dayOf } from "./calendar";

describe("identity number check digits", () => {
  it("accepts a known valid number and rejects it with any single digit changed", () => {
    // 01010150050 is not valid; build a valid one from the algorithm's own rules.
    const valid = "15076500565"; // published example of a valid fødselsnummer
    expect(hasValidCheckDigits(valid)).toBe(true);
    for (let i = 0; i < 11; i++) {
      const changed = valid.slice(0, i) + ((Number(valid[i]) + 1) % 10) + valid.slice(i + 1);
      expect(hasValidCheckDigits(changed)).toBe(false);
    }
  });

  it("rejects wrong lengths and non-digits", () => {
    for (const bad of ["", "1507650056", "150765005651", "1507650056a", "15076 00565"]) {
      expect(hasValidCheckDigits(bad)).toBe(false);
    }
  });

  it("has no check digits when a remainder is 10", () => {
    // Search the first such base to prove the null branch is reached.
    let found: string | null = null;
    for (let i = 0; i < 1000 && !found; i++) {
      const nine = `010150${String(i).padStart(3, "0")}`;
      if (checkDigits(nine) === null) found = nine;
    }
    expect(found).not.toBeNull();
  });

  it("parses ordinary numbers, D-numbers and synthetic numbers", () => {
    expect(parseFnr("15076500565")).toEqual({ kind: "fnr", birthDate: "1965-07-15" });
    const d = "55076500" + "5";
    const dnr = d.slice(0, 9) + checkDigits(d.slice(0, 9));
    expect(parseFnr(dnr)?.kind).toBe("dnr");
    expect(parseFnr(dnr)?.birthDate).toBe("1965-07-15");
  });

  it("rejects impossible dates even with valid check digits", () => {
    const nine = "310265100"; // 31 February
    const check = checkDigits(nine);
    if (check) expect(parseFnr(nine + check)).toBeNull();
    const month13 = "011365100";
    const c2 = checkDigits(month13);
    if (c2) expect(parseFnr(month13 + c2)).toBeNull();
  });

  it("maps individual numbers to the right century", () => {
    const build = (date: string, ind: string) => {
      const nine = date + ind;
      const check = checkDigits(nine);
      return check ? parseFnr(nine + check) : undefined;
    };
    expect(build("010150", "499")?.birthDate ?? "skip").toMatch(/^(1950-01-01|skip)$/);
    expect(build("010110", "500")?.birthDate ?? "skip").toMatch(/^(2010-01-01|skip)$/);
    expect(build("010160", "950")?.birthDate ?? "skip").toMatch(/^(1960-01-01|skip)$/);
  });
});

describe("synthetic identity numbers", () => {
  it("are valid, recognisably synthetic (month + 80) and encode the birth date", () => {
    const fnr = syntheticFnr("1957-03-14");
    expect(fnr.slice(2, 4)).toBe("83");
    expect(parseFnr(fnr)).toEqual({ kind: "synthetic", birthDate: "1957-03-14" });
  });

  it("holds for any birth date between 1940 and 2010 (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1940-01-01"), max: new Date("2010-12-31"), noInvalidDate: true }), (d) => {
        const birthDate = dayOf(d);
        const fnr = syntheticFnr(birthDate);
        expect(hasValidCheckDigits(fnr)).toBe(true);
        expect(parseFnr(fnr)).toEqual({ kind: "synthetic", birthDate });
      }),
    );
  });
});
