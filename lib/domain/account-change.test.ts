import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { accountForm, firstPaymentToNewAccount } from "./account-change";
import { ibanFor, norwegianAccountFor } from "./bank-account";

const parse = (f: Record<string, unknown>) => accountForm.safeParse({ current: null, ...f });
const errors = (f: Record<string, unknown>) => {
  const r = parse(f);
  return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
};
const validNo = norwegianAccountFor("1503421234") ?? norwegianAccountFor("1503421235")!;

describe("Norwegian account", () => {
  it("accepts a valid number with spaces or dots", () => {
    expect(parse({ kind: "NORWEGIAN", accountNumber: `${validNo.slice(0, 4)} ${validNo.slice(4, 6)} ${validNo.slice(6)}` }).data).toMatchObject({
      accountNumber: validNo,
    });
  });

  it("names each mistake", () => {
    expect(errors({ kind: "NORWEGIAN", accountNumber: "" })).toEqual(["accountNumber:noRequired"]);
    expect(errors({ kind: "NORWEGIAN", accountNumber: "1234abc5678" })).toEqual(["accountNumber:noDigits"]);
    expect(errors({ kind: "NORWEGIAN", accountNumber: "1234567890" })).toEqual(["accountNumber:noLength"]);
    const wrong = validNo.slice(0, 10) + ((Number(validNo[10]) + 1) % 10);
    expect(errors({ kind: "NORWEGIAN", accountNumber: wrong })).toEqual(["accountNumber:noChecksum"]);
    expect(errors({ kind: "NORWEGIAN", accountNumber: validNo, current: validNo })).toEqual(["accountNumber:sameAsCurrent"]);
    expect(errors({})).toEqual(["kind:kindRequired"]);
  });
});

describe("foreign account", () => {
  const iban = ibanFor("DE", "370400440532013000");
  const ok = { kind: "FOREIGN", country: "DE", iban, bic: "COBADEFFXXX", bankName: "Commerzbank", currency: "EUR" };

  it("accepts an IBAN account with BIC, bank, country and currency", () => {
    expect(parse(ok).data).toEqual({ kind: "FOREIGN", accountNumber: iban, bic: "COBADEFFXXX", bankName: "Commerzbank", countryCode: "DE", currency: "EUR" });
  });

  it("names each IBAN mistake", () => {
    expect(errors({ ...ok, iban: "" })).toEqual(["iban:ibanRequired"]);
    expect(errors({ ...ok, iban: "DE89 3704 0044 0532 0130 01" })).toEqual(["iban:ibanChecksum"]);
    expect(errors({ ...ok, iban: "DE89 3704 0044 0532 0130" })).toEqual(["iban:ibanLength"]);
    expect(errors({ ...ok, iban: ibanFor("FR", "30006000011234567890189") })).toEqual(["iban:ibanCountryMismatch"]);
    expect(errors({ ...ok, iban: "##" })).toEqual(["iban:ibanFormat"]);
  });

  it("needs account number and BIC where IBAN is not used, and checks the BIC", () => {
    const us = { kind: "FOREIGN", country: "US", foreignNumber: "123456789", bic: "CHASUS33", bankName: "Chase", currency: "USD" };
    expect(parse(us).success).toBe(true);
    expect(errors({ ...us, bic: "" })).toEqual(["bic:bicRequired"]);
    expect(errors({ ...us, bic: "CHAS US" })).toEqual(["bic:bicFormat"]);
    expect(errors({ ...us, bic: "COBADEFF" })).toEqual(["bic:bicCountryMismatch"]);
    expect(errors({ ...us, foreignNumber: "" })).toEqual(["foreignNumber:foreignNumberRequired"]);
  });

  it("reports all missing fields at once", () => {
    expect(errors({ kind: "FOREIGN" })).toEqual(["country:countryRequired", "bankName:bankNameRequired", "currency:currencyRequired"]);
    expect(errors({ ...ok, country: "NO" })).toContain("country:countryNorway");
  });

  it("any valid IBAN for the chosen country is accepted (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{18}$/), (bban) => {
        expect(parse({ ...ok, iban: ibanFor("DE", bban) }).success).toBe(true);
      }),
    );
  });
});

describe("which payment goes to the new account", () => {
  it("this month's payment when registered at least seven days before it, otherwise next month's", () => {
    expect(firstPaymentToNewAccount("2025-01-13")).toBe("2025-01"); // paid 20 Jan
    expect(firstPaymentToNewAccount("2025-01-14")).toBe("2025-02");
    expect(firstPaymentToNewAccount("2025-12-05")).toBe("2025-12"); // paid 12 Dec
    expect(firstPaymentToNewAccount("2025-12-06")).toBe("2026-01");
  });
});
