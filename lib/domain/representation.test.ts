import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  allows,
  latestValidTo,
  mandateOn,
  pageAllowed,
  pageNeed,
  parseTypedDate,
  powerForm,
  powerFormInput,
  powerStatus,
  sameFamilyName,
  maskFnr,
  SCOPES,
  withImplied,
  type PowerFacts,
  type Scope,
} from "./representation";
import { checkDigits } from "./fnr";
import { dayOf } from "./calendar";

const power = (over: Partial<PowerFacts> = {}): PowerFacts => ({
  kind: "POWER_OF_ATTORNEY",
  scopes: ["READ_PAYMENTS"],
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  revoked: false,
  grantorDied: null,
  ...over,
});

describe("implied scopes", () => {
  it("adds reading payments to every change that works on them", () => {
    expect(withImplied(["CHANGE_VOLUNTARY_TAX"])).toEqual(["READ_PAYMENTS", "CHANGE_VOLUNTARY_TAX"]);
    expect(withImplied(["APPLY_DRAW_GRADE"])).toEqual(["READ_PAYMENTS", "APPLY_DRAW_GRADE"]);
    expect(withImplied(["CHANGE_BANK_ACCOUNT"])).toEqual(["READ_PAYMENTS", "CHANGE_BANK_ACCOUNT"]);
    expect(withImplied(["MESSAGES"])).toEqual(["MESSAGES"]);
    expect(withImplied(["CASES_LETTERS"])).toEqual(["CASES_LETTERS"]);
  });

  it("never gives the bank account right unless it was chosen", () => {
    fc.assert(
      fc.property(fc.subarray(SCOPES.filter((s) => s !== "CHANGE_BANK_ACCOUNT")), (chosen) => {
        expect(withImplied(chosen)).not.toContain("CHANGE_BANK_ACCOUNT");
      }),
    );
  });

  it("keeps everything chosen, adds nothing but reading, and has no repeats", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCOPES)), (chosen) => {
        const result = withImplied(chosen);
        for (const s of chosen) expect(result).toContain(s);
        for (const s of result) expect(chosen.includes(s) || s === "READ_PAYMENTS").toBe(true);
        expect(new Set(result).size).toBe(result.length);
        expect(withImplied(result)).toEqual(result);
      }),
    );
  });
});

describe("power status", () => {
  it("holds from the first to the last day, both included", () => {
    expect(powerStatus(power(), "2025-12-31")).toBe("NOT_STARTED");
    expect(powerStatus(power(), "2026-01-01")).toBe("ACTIVE");
    expect(powerStatus(power(), "2026-12-31")).toBe("ACTIVE");
    expect(powerStatus(power(), "2027-01-01")).toBe("EXPIRED");
    expect(powerStatus(power({ validTo: null }), "2090-01-01")).toBe("ACTIVE");
  });

  it("stops when revoked, whatever the dates say", () => {
    expect(powerStatus(power({ revoked: true }), "2026-06-01")).toBe("REVOKED");
    expect(powerStatus(power({ revoked: true }), "2027-06-01")).toBe("REVOKED");
  });

  it("ends on the day the person who gave it died", () => {
    expect(powerStatus(power({ grantorDied: "2026-06-01" }), "2026-05-31")).toBe("ACTIVE");
    expect(powerStatus(power({ grantorDied: "2026-06-01" }), "2026-06-01")).toBe("ENDED_BY_DEATH");
  });
});

describe("mandate", () => {
  it("is null when no power is active", () => {
    expect(mandateOn([], "2026-06-01")).toBeNull();
    expect(mandateOn([power({ revoked: true }), power({ validTo: "2026-05-31" })], "2026-06-01")).toBeNull();
  });

  it("joins the active powers and ignores the rest", () => {
    const m = mandateOn(
      [power({ scopes: ["MESSAGES"] }), power({ scopes: ["CHANGE_BANK_ACCOUNT"], revoked: true }), power({ scopes: ["CASES_LETTERS"], kind: "GUARDIAN" })],
      "2026-06-01",
    );
    expect(m).toEqual({ kind: "GUARDIAN", scopes: ["MESSAGES", "CASES_LETTERS"] });
  });

  it("allows a representative only what the mandate holds, and never what is for the person themself", () => {
    const m = { kind: "POWER_OF_ATTORNEY" as const, scopes: ["READ_PAYMENTS", "MESSAGES"] as Scope[] };
    expect(allows(m, "READ_PAYMENTS")).toBe(true);
    expect(allows(m, "CHANGE_BANK_ACCOUNT")).toBe(false);
    expect(allows(m, "SELF")).toBe(false);
    const all = { kind: "GUARDIAN" as const, scopes: [...SCOPES] };
    expect(allows(all, "SELF")).toBe(false);
  });

  it("allows the person themself everything", () => {
    for (const need of [...SCOPES, "SELF" as const]) expect(allows(null, need)).toBe(true);
  });
});

describe("pages for a representative", () => {
  it("maps each page to what it needs, the most specific first", () => {
    expect(pageNeed("/utbetalinger/2026-05")).toBe("READ_PAYMENTS");
    expect(pageNeed("/uttaksgrad/oppsummering")).toBe("APPLY_DRAW_GRADE");
    expect(pageNeed("/mine-data/innsynslogg")).toBe("SELF");
    expect(pageNeed("/fullmakter")).toBe("SELF");
    expect(pageNeed("/oversikt")).toBe("ANY");
    expect(pageNeed("/utbetalingerx")).toBe("SELF");
    expect(pageNeed("/saker")).toBe("CASES_LETTERS");
    expect(pageNeed("/saker/0b4c0b64-1a8e-4c1e-9d0a-3f0e8f7a1b2c")).toBe("ANY");
    expect(pageNeed("/brev")).toBe("CASES_LETTERS");
  });

  it("opens every page to the person themself", () => {
    for (const path of ["/mine-data", "/fullmakter", "/konto", "/meldinger"]) expect(pageAllowed(null, path)).toBe(true);
  });

  it("keeps the privacy centre and the powers page from representatives, even guardians with every scope", () => {
    const all = { kind: "GUARDIAN" as const, scopes: [...SCOPES] };
    expect(pageAllowed(all, "/mine-data")).toBe(false);
    expect(pageAllowed(all, "/fullmakter/ny")).toBe(false);
    expect(pageAllowed(all, "/oversikt")).toBe(true);
  });
});

describe("typed dates", () => {
  it("reads Norwegian and ISO forms", () => {
    expect(parseTypedDate("1.2.2027")).toBe("2027-02-01");
    expect(parseTypedDate(" 31.12.2027 ")).toBe("2027-12-31");
    expect(parseTypedDate("31/12/2027")).toBe("2027-12-31");
    expect(parseTypedDate("2027-12-31")).toBe("2027-12-31");
  });

  it("refuses days that do not exist and other text", () => {
    for (const t of ["31.02.2027", "29.02.2027", "00.01.2027", "1.13.2027", "2027-2-1", "i morgen", "", "1.1.27"]) expect(parseTypedDate(t)).toBeNull();
    expect(parseTypedDate("29.02.2028")).toBe("2028-02-29");
  });

  it("gives back the day it was given, for every day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2200-12-31"), noInvalidDate: true }), (d) => {
        const iso = dayOf(d);
        const [y, m, day] = iso.split("-");
        expect(parseTypedDate(`${day}.${m}.${y}`)).toBe(iso);
      }),
    );
  });
});

describe("the form that gives a power", () => {
  // The first individual number that has check digits for a person born 11 February 1958.
  const nine = Array.from({ length: 100 }, (_, i) => `110258${String(100 + i)}`).find((n) => checkDigits(n) !== null)!;
  const valid = `${nine}${checkDigits(nine)}`;
  const grantor = "01014112345";
  const form = powerForm("2026-11-25", grantor);
  const input = (over: Record<string, string> = {}) =>
    powerFormInput({
      attorneyFnr: valid,
      attorneyName: "Berg",
      validTo: "25.11.2027",
      scope_READ_PAYMENTS: "on",
      scope_CHANGE_VOLUNTARY_TAX: "",
      scope_APPLY_DRAW_GRADE: "",
      scope_CHANGE_BANK_ACCOUNT: "",
      scope_MESSAGES: "",
      scope_CASES_LETTERS: "",
      ...over,
    });
  const codes = (over: Record<string, string>) => {
    const r = form.safeParse(input(over));
    return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
  };

  it("accepts a valid power, with spaces in the number and implied scopes added", () => {
    const r = form.parse(input({ attorneyFnr: `${valid.slice(0, 6)} ${valid.slice(6)}`, scope_READ_PAYMENTS: "", scope_APPLY_DRAW_GRADE: "on" }));
    expect(r).toEqual({ attorneyFnr: valid, attorneyName: "Berg", validTo: "2027-11-25", scopes: ["READ_PAYMENTS", "APPLY_DRAW_GRADE"] });
  });

  it("gives a code for each thing wrong", () => {
    expect(codes({ attorneyFnr: "" })).toEqual(["attorneyFnr:fnrRequired"]);
    expect(codes({ attorneyFnr: "1234" })).toEqual(["attorneyFnr:fnrFormat"]);
    const wrongDigits = `${nine}${checkDigits(nine) === "00" ? "11" : "00"}`;
    expect(codes({ attorneyFnr: wrongDigits })).toEqual(["attorneyFnr:fnrInvalid"]);
    expect(codes({ validTo: "" })).toEqual(["validTo:validToRequired"]);
    expect(codes({ validTo: "31.02.2027" })).toEqual(["validTo:validToFormat"]);
    expect(codes({ validTo: "25.11.2026" })).toEqual(["validTo:validToPast"]);
    expect(codes({ validTo: "25.11.2036" })).toEqual(["validTo:validToTooLate"]);
    expect(codes({ scope_READ_PAYMENTS: "" })).toEqual(["scopes:scopesRequired"]);
    expect(codes({ attorneyName: "  " })).toEqual(["attorneyName:nameRequired"]);
  });

  it("refuses a power to oneself", () => {
    const self = powerForm("2026-11-25", valid);
    const r = self.safeParse(input());
    expect(r.success).toBe(false);
  });

  it("allows ten years less a day at most", () => {
    expect(latestValidTo("2026-11-25")).toBe("2036-11-24");
    expect(codes({ validTo: "24.11.2036" })).toEqual([]);
  });
});

describe("family name check", () => {
  it("ignores case, spaces and hyphens, but not other letters", () => {
    expect(sameFamilyName("berg", "Berg")).toBe(true);
    expect(sameFamilyName(" Lie-Hansen ", "Lie Hansen")).toBe(true);
    expect(sameFamilyName("ØSTBY", "Østby")).toBe(true);
    expect(sameFamilyName("Berge", "Berg")).toBe(false);
    expect(sameFamilyName("", "Berg")).toBe(false);
  });

  it("shows a number back with only the birth date", () => {
    expect(maskFnr("21897012345")).toBe("218970 *****");
  });
});
