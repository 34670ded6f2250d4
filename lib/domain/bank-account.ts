import { composeIBAN, getCountrySpecifications, isValidBBAN, isValidBIC, validateIBAN, ValidationErrorsIBAN } from "ibantools";

/**
 * Account numbers, checked by ibantools (the ISO 13616 IBAN registry, each
 * country's BBAN format and national check digits, Norway's MOD11 included)
 * rather than by tables of our own.
 */
export function isValidNorwegianAccount(value: string): boolean {
  const digits = value.replace(/[\s.]/g, "");
  return /^\d{11}$/.test(digits) && isValidBBAN(digits, "NO");
}

/** The IBAN countries pensioners most often live in: the ones the account form offers. */
const IBAN_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GB",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
  "TR",
] as const;

/** The IBAN length of each offered country, from the registry. */
export const IBAN_LENGTHS: Record<string, number> = Object.fromEntries(IBAN_COUNTRIES.map((c) => [c, getCountrySpecifications()[c]?.chars ?? 0]));

export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

export type IbanProblem = "format" | "country" | "length" | "checksum";

export function ibanProblem(value: string): IbanProblem | null {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return "format";
  if (!(iban.slice(0, 2) in IBAN_LENGTHS)) return "country";
  const { valid, errorCodes } = validateIBAN(iban);
  if (valid) return null;
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) return "country";
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) return "length";
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat)) return "format";
  return "checksum";
}

/** Whether a BIC/SWIFT code is well formed (4 bank, 2 country, 2 location, optional 3 branch). */
export function isWellFormedBic(value: string): boolean {
  return isValidBIC(value);
}

/** Builds a valid IBAN from a country code and the national account part (BBAN). */
export function ibanFor(country: string, bban: string): string {
  const iban = composeIBAN({ countryCode: country, bban });
  if (!iban || !validateIBAN(iban).valid) throw new Error(`No valid IBAN for ${country} ${bban}`);
  return iban;
}

/** Completes ten digits with a MOD11 check digit, or null when no valid number exists. */
export function norwegianAccountFor(tenDigits: string): string | null {
  for (let check = 0; check <= 9; check++) if (isValidBBAN(tenDigits + check, "NO")) return tenDigits + check;
  return null;
}

/** Shows only the last four characters: "•••• 12 3456" style masking. */
export function maskAccount(value: string): string {
  const compact = value.replace(/\s+/g, "");
  return `•••• ${compact.slice(-4)}`;
}
