import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ibanFor, ibanProblem, isValidNorwegianAccount, maskAccount, norwegianAccountFor } from "./bank-account";

describe("Norwegian account numbers (MOD11)", () => {
  it("accepts a valid number with or without separators", () => {
    const valid = norwegianAccountFor("1503421234")!;
    expect(isValidNorwegianAccount(valid)).toBe(true);
    expect(isValidNorwegianAccount(`${valid.slice(0, 4)}.${valid.slice(4, 6)}.${valid.slice(6)}`)).toBe(true);
  });

  it("rejects any single-digit change (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (ten, pos, delta) => {
        const valid = norwegianAccountFor(ten);
        fc.pre(valid !== null);
        const changed = valid!.slice(0, pos) + ((Number(valid![pos]) + delta) % 10) + valid!.slice(pos + 1);
        expect(isValidNorwegianAccount(changed)).toBe(false);
      }),
    );
  });
});

describe("IBAN (mod 97)", () => {
  it("accepts real-format IBANs and names each kind of mistake", () => {
    expect(ibanProblem("DE89 3704 0044 0532 0130 00")).toBeNull();
    expect(ibanProblem("GB82WEST12345698765432")).toBeNull();
    expect(ibanProblem("DE89 3704 0044 0532 0130 01")).toBe("checksum");
    expect(ibanProblem("DE89 3704 0044 0532 0130")).toBe("length");
    expect(ibanProblem("XX89 3704 0044 0532 0130 00")).toBe("country");
    expect(ibanProblem("not an iban")).toBe("format");
  });

  it("builds IBANs that validate (property), for a country without national check digits", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (bban) => {
        expect(ibanProblem(ibanFor("DE", bban))).toBeNull();
      }),
    );
  });

  it("checks a country's own check digits inside the IBAN too (Spain's bank and account digits)", () => {
    expect(ibanProblem("ES9121000418450200051332")).toBeNull();
    expect(ibanProblem("ES7921000418450200051332")).not.toBeNull();
    expect(() => ibanFor("ES", "21000418460200051332")).toThrow();
  });
});

it("masks all but the last four characters", () => {
  expect(maskAccount("15034212345")).toBe("•••• 2345");
});
