/**
 * Numbers as people type them into forms, parsed strictly: no signs,
 * exponents ("1e3"), hex ("0x1F4"), binary ("0b111") or empty strings that
 * JavaScript's Number() would accept.
 */
/** Whole kroner as people type them: digits, optionally grouped by spaces ("12 000"). No signs, exponents, hex or decimals. */
const WHOLE_KRONER = /^\d{1,3}(?:[ \u00A0]\d{3})*$|^\d+$/;
/** A percent with at most one decimal, comma or point ("2,5"). */
const ONE_DECIMAL = /^\d{1,3}(?:[.,]\d)?$/;

export function parseWholeKroner(raw: string): number | null {
  const s = raw.trim();
  if (!WHOLE_KRONER.test(s)) return null;
  const value = Number(s.replace(/[ \u00A0]/g, ""));
  return Number.isSafeInteger(value) ? value : null;
}

export function parseOneDecimal(raw: string): number | null {
  const s = raw.trim();
  if (!ONE_DECIMAL.test(s)) return null;
  return Number(s.replace(",", "."));
}
