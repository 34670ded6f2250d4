/** Norwegian account numbers (11 digits, MOD11) and IBAN (ISO 13616, ISO 7064 mod 97-10). */
const NO_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function norwegianCheckDigit(tenDigits: string): number | null {
  const sum = [...tenDigits].reduce((acc, d, i) => acc + Number(d) * NO_WEIGHTS[i], 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

export function isValidNorwegianAccount(value: string): boolean {
  const digits = value.replace(/[\s.]/g, "");
  if (!/^\d{11}$/.test(digits)) return false;
  return norwegianCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

/** Lengths per country for the IBAN countries pensioners most often live in. */
export const IBAN_LENGTHS: Record<string, number> = {
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  TR: 26,
};

export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}

/** ISO 7064 mod 97-10 over the rearranged IBAN, digit by digit to stay in safe integers. */
function mod97(alphanumeric: string): number {
  let rest = 0;
  for (const ch of alphanumeric) {
    const code = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of code) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

export type IbanProblem = "format" | "country" | "length" | "checksum";

export function ibanProblem(value: string): IbanProblem | null {
  const iban = normalizeIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return "format";
  const length = IBAN_LENGTHS[iban.slice(0, 2)];
  if (!length) return "country";
  if (iban.length !== length) return "length";
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1 ? null : "checksum";
}

/** Builds a valid IBAN from a country code and the national account part (BBAN). */
export function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + "00");
  return `${country}${String(check).padStart(2, "0")}${bban}`;
}

/** Completes ten digits with a check digit, or null when no valid number exists. */
export function norwegianAccountFor(tenDigits: string): string | null {
  const check = norwegianCheckDigit(tenDigits);
  return check === null ? null : tenDigits + check;
}

/** Shows only the last four characters: "•••• 12 3456" style masking. */
export function maskAccount(value: string): string {
  const compact = value.replace(/\s+/g, "");
  return `•••• ${compact.slice(-4)}`;
}
