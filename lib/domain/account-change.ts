import { z } from "zod";
import { addDays, addMonths, type IsoDate, monthOf, type YearMonth } from "./calendar";
import { IBAN_LENGTHS, ibanProblem, isValidNorwegianAccount, isWellFormedBic, normalizeIban } from "./bank-account";
import { paymentDate } from "./payment-dates";
export { ACCOUNT_FIELDS } from "./account-fields";

export type AccountError =
  | "kindRequired"
  | "noRequired"
  | "noDigits"
  | "noLength"
  | "noChecksum"
  | "countryRequired"
  | "countryNorway"
  | "countryNotOffered"
  | "ibanRequired"
  | "ibanFormat"
  | "ibanCountry"
  | "ibanLength"
  | "ibanChecksum"
  | "ibanCountryMismatch"
  | "foreignNumberRequired"
  | "foreignNumberFormat"
  | "bicRequired"
  | "bicFormat"
  | "bicCountryMismatch"
  | "bankNameRequired"
  | "currencyRequired"
  | "sameAsCurrent";

export type NewAccount =
  | { kind: "NORWEGIAN"; accountNumber: string; countryCode: "NO"; currency: "NOK" }
  | { kind: "FOREIGN"; accountNumber: string; bic: string | null; bankName: string; countryCode: string; currency: string };

export const CURRENCIES = ["EUR", "SEK", "DKK", "GBP", "USD", "CHF", "PLN", "ISK", "NOK"] as const;

/** Countries where accounts are IBANs; elsewhere an account number and BIC/SWIFT are needed. */
const usesIban = (country: string) => country in IBAN_LENGTHS;

const clean = (s: string | undefined) => (s ?? "").trim();

/**
 * The change-account form, every field checked so all mistakes are reported
 * together, each with its own message.
 */
export const accountForm = z
  .object({
    kind: z.string().optional(),
    accountNumber: z.string().optional(),
    country: z.string().optional(),
    iban: z.string().optional(),
    foreignNumber: z.string().optional(),
    bic: z.string().optional(),
    bankName: z.string().optional(),
    currency: z.string().optional(),
    current: z.string().nullable(),
  })
  .transform((f, ctx): NewAccount => {
    const fail = (path: string, code: AccountError) => ctx.addIssue({ code: "custom", path: [path], message: code });
    if (f.kind === "NORWEGIAN") {
      const digits = clean(f.accountNumber).replace(/[\s.]/g, "");
      if (!digits) fail("accountNumber", "noRequired");
      else if (!/^\d+$/.test(digits)) fail("accountNumber", "noDigits");
      else if (digits.length !== 11) fail("accountNumber", "noLength");
      else if (!isValidNorwegianAccount(digits)) fail("accountNumber", "noChecksum");
      else if (digits === f.current) fail("accountNumber", "sameAsCurrent");
      return { kind: "NORWEGIAN", accountNumber: digits, countryCode: "NO", currency: "NOK" };
    }
    if (f.kind !== "FOREIGN") {
      fail("kind", "kindRequired");
      return z.NEVER;
    }
    const country = clean(f.country).toUpperCase();
    if (!country) fail("country", "countryRequired");
    else if (country === "NO") fail("country", "countryNorway");
    else if (!FOREIGN_COUNTRIES.includes(country)) fail("country", "countryNotOffered");
    let accountNumber = "";
    const bic: string | null = clean(f.bic).replace(/\s/g, "").toUpperCase() || null;
    const offered = FOREIGN_COUNTRIES.includes(country);
    if (offered && usesIban(country)) {
      accountNumber = normalizeIban(clean(f.iban));
      const problem = accountNumber ? ibanProblem(accountNumber) : "required";
      if (problem === "required") fail("iban", "ibanRequired");
      else if (problem) fail("iban", `iban${problem[0].toUpperCase()}${problem.slice(1)}` as AccountError);
      else if (accountNumber.slice(0, 2) !== country) fail("iban", "ibanCountryMismatch");
      else if (accountNumber === f.current) fail("iban", "sameAsCurrent");
    } else if (offered) {
      accountNumber = clean(f.foreignNumber).replace(/\s/g, "").toUpperCase();
      if (!accountNumber) fail("foreignNumber", "foreignNumberRequired");
      else if (!/^[A-Z0-9-]{4,34}$/.test(accountNumber)) fail("foreignNumber", "foreignNumberFormat");
      if (!bic) fail("bic", "bicRequired");
    }
    if (bic) {
      // The BIC's fifth and sixth characters are its country.
      if (!isWellFormedBic(bic)) fail("bic", "bicFormat");
      else if (country && bic.slice(4, 6) !== country) fail("bic", "bicCountryMismatch");
    }
    const bankName = clean(f.bankName);
    if (!bankName) fail("bankName", "bankNameRequired");
    const currency = clean(f.currency).toUpperCase();
    if (!(CURRENCIES as readonly string[]).includes(currency)) fail("currency", "currencyRequired");
    return { kind: "FOREIGN", accountNumber, bic, bankName, countryCode: country, currency };
  });

/** Changes made less than this many days before a payment date go to the next payment. */
const ACCOUNT_CUTOFF_DAYS = 7;

/** The month whose payment is the first to go to an account registered today. */
export function firstPaymentToNewAccount(today: IsoDate): YearMonth {
  const thisMonth = monthOf(today);
  const cutoff = addDays(paymentDate(thisMonth, today).date, -ACCOUNT_CUTOFF_DAYS);
  return today <= cutoff ? thisMonth : addMonths(thisMonth, 1);
}

/** The account was changed recently: warn on the next visits, as a bank would. */
export const RECENT_CHANGE_DAYS = 30;

/** Countries offered for foreign accounts: IBAN countries, and common ones without IBAN. */
export const FOREIGN_COUNTRIES = [
  ...Object.keys(IBAN_LENGTHS).filter((c) => c !== "NO"),
  "US",
  "CA",
  "AU",
  "NZ",
  "TH",
  "PH",
  "ZA",
  "BR",
  "JP",
  "CN",
  "IN",
  "AR",
  "CL",
  "MX",
  "SG",
].sort();
