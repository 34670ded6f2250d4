import { type IsoDate, type YearMonth } from "./domain/calendar";
import { type Ore } from "./domain/money";
import { intlTag, type Locale } from "./i18n/locales";

const tag = intlTag;

/**
 * Intl formatters are costly to build (a page of payments formats hundreds of
 * amounts and dates); each kind is built once per language and reused.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames;
const cache = new Map<string, Formatter>();
function memo<T extends Formatter>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}
const numberFormat = (locale: Locale, kind: string, options: Intl.NumberFormatOptions) =>
  memo(`n:${locale}:${kind}`, () => new Intl.NumberFormat(tag(locale), options));
const dateFormat = (locale: Locale, kind: string, options: Intl.DateTimeFormatOptions) =>
  memo(`d:${locale}:${kind}`, () => new Intl.DateTimeFormat(tag(locale), options));

/** "21 345 kr" in bokmål, "NOK 21,345" in English; øre shown only when there are any. */
export function formatMoney(ore: Ore, locale: Locale): string {
  const whole = ore % 100 === 0;
  return numberFormat(locale, whole ? "kr" : "kr.øre", {
    style: "currency",
    currency: "NOK",
    currencyDisplay: locale === "en" ? "code" : "symbol",
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  })
    .format(ore / 100)
    .replace(/[\u00a0\u202f ]/g, NBSP);
}

/** A no-break space: "23 692 kr" never breaks inside the amount. */
const NBSP = "\u00a0";

/** "20. januar 2025" / "20 January 2025" */
export function formatDate(date: IsoDate, locale: Locale): string {
  return dateFormat(locale, "date", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** "januar 2025" / "January 2025" */
export function formatMonth(month: YearMonth, locale: Locale): string {
  return dateFormat(locale, "month", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function formatWeekday(date: IsoDate, locale: Locale): string {
  return dateFormat(locale, "weekday", { weekday: "long", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}

/** "2,5" in bokmål, "2.5" in English: every number in running text goes through here. */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, "number", { maximumFractionDigits: 2 })
    .format(value)
    .replace(/\u00a0/g, " ");
}

/** The calendar date in Norway of an instant ("23:30Z" on the 12th is the 13th in Oslo in winter). */
export function formatInstantDate(instant: Date, locale: Locale): string {
  return dateFormat(locale, "instantDate", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo" }).format(instant);
}

/** Date and time in Norway: "12. november 2026 kl. 14:05" / "12 November 2026, 14:05". */
export function formatInstant(instant: Date, locale: Locale): string {
  return dateFormat(locale, "instant", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Oslo" })
    .format(instant)
    .replace(/\u00a0/g, " ");
}

/** A country's name in the user's language ("ES" → "Spania" / "Spain"); the code itself if unknown. */
export function formatCountry(code: string, locale: Locale): string {
  const names = memo(`r:${locale}`, () => new Intl.DisplayNames([tag(locale)], { type: "region" }));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A short reference a person can read out on the phone: the case id's first eight characters, upper case. */
export function caseReference(caseId: string): string {
  return caseId.replace(/-/g, "").slice(0, 8).toUpperCase();
}
