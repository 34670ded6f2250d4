/**
 * Norwegian national identity numbers (fødselsnummer, 11 digits):
 * DDMMYY + individual number (3) + two check digits (modulus 11).
 * D-numbers add 40 to the day; synthetic test numbers add 80 to the month
 * (Skatteetaten's test register) or 40 (Nav's test persons).
 */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

type FnrKind = "fnr" | "dnr" | "synthetic";

function checkDigit(digits: number[], weights: number[]): number | null {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i], 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/** The two check digits for the first nine digits, or null when none exist. */
export function checkDigits(nineDigits: string): string | null {
  const digits = [...nineDigits].map(Number);
  const k1 = checkDigit(digits, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = checkDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === null) return null;
  return `${k1}${k2}`;
}

export function hasValidCheckDigits(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  return checkDigits(value.slice(0, 9)) === value.slice(9);
}

export type ParsedFnr = { kind: FnrKind; birthDate: string };

/** Validates format, check digits and date; returns the birth date it encodes. */
export function parseFnr(value: string): ParsedFnr | null {
  if (!hasValidCheckDigits(value)) return null;
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  let kind: FnrKind = "fnr";
  if (day > 40) {
    day -= 40;
    kind = "dnr";
  }
  if (month > 80) {
    month -= 80;
    kind = "synthetic";
  } else if (month > 40) {
    month -= 40;
    kind = "synthetic";
  }
  const year = centuryFor(individual, yy) + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return null;
  }
  const birthDate = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { kind, birthDate };
}

function centuryFor(individual: number, yy: number): number {
  if (individual <= 499) return 1900;
  if (individual >= 900 && yy >= 40) return 1900;
  if (individual >= 500 && individual <= 749 && yy >= 54) return 1800;
  return 2000;
}

/**
 * A synthetic number (month + 80) for a birth date, taking the first
 * individual number from `startIndividual` that yields valid check digits.
 */
export function syntheticFnr(birthDate: string, startIndividual = 0, dNumber = false): string {
  const [year, month, day] = birthDate.split("-").map(Number);
  // A D-number (for people without a Norwegian identity number, e.g. living abroad) adds 40 to the day.
  const base = `${String(day + (dNumber ? 40 : 0)).padStart(2, "0")}${month + 80}${String(year % 100).padStart(2, "0")}`;
  const lowest = year >= 2000 ? 500 : 0;
  for (let individual = Math.max(startIndividual, lowest); individual <= 999; individual++) {
    const nine = base + String(individual).padStart(3, "0");
    const check = checkDigits(nine);
    if (check && parseFnr(nine + check)?.birthDate === birthDate) return nine + check;
  }
  throw new Error("No synthetic number available for this date");
}
