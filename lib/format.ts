import { createFormatter } from "use-intl/core";
import { type IsoDate, type YearMonth } from "./domain/calendar";
import { type Ore } from "./domain/money";
import { intlTag, type Locale } from "./i18n/locales";

const tag = intlTag;

/** Norway's time zone, for instants; the portal's next-intl configuration uses the same (lib/i18n/request.ts). */
export const TIME_ZONE = "Europe/Oslo";

/** A BCP 47 tag with the region ("nn-NO", "en-GB"), wider than the app's own three languages. */
type FormatterLocale = Parameters<typeof createFormatter>[0]["locale"];
/** Made once per language, on first use. */
function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}

/**
 * next-intl's formatter, one per language, for what is shown outside a React
 * tree too (PDFs, CSV, the calendar file, letters): it memoizes its Intl
 * formatters, which are costly to build (a page of payments formats hundreds
 * of amounts and dates).
 */
const formatter = perLocale((locale) => createFormatter({ locale: tag(locale) as FormatterLocale, timeZone: TIME_ZONE }));

/** A day or a month is a calendar date, not an instant: formatted as it is, whatever the time zone. */
const asDay = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const DAY = { timeZone: "UTC" } as const;

/** "21 345 kr" in bokmål, "NOK 21,345" in English; øre shown only when there are any. */
export function formatMoney(ore: Ore, locale: Locale): string {
  const whole = ore % 100 === 0;
  return formatter(locale)
    .number(ore / 100, {
      style: "currency",
      currency: "NOK",
      currencyDisplay: locale === "en" ? "code" : "symbol",
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    })
    .replace(/[\u00a0\u202f ]/g, NBSP);
}

/** A no-break space: "23 692 kr" never breaks inside the amount. */
const NBSP = "\u00a0";

/** "20. januar 2025" / "20 January 2025" */
export function formatDate(date: IsoDate, locale: Locale): string {
  return formatter(locale).dateTime(asDay(date), { day: "numeric", month: "long", year: "numeric", ...DAY });
}

/** "januar 2025" / "January 2025" */
export function formatMonth(month: YearMonth, locale: Locale): string {
  return formatter(locale).dateTime(asDay(`${month}-01`), { month: "long", year: "numeric", ...DAY });
}

/** "januar" / "January": a month's name alone, 1–12. */
export function formatMonthName(month: number, locale: Locale): string {
  return formatter(locale).dateTime(asDay(`2001-${String(month).padStart(2, "0")}-01`), { month: "long", ...DAY });
}

export function formatWeekday(date: IsoDate, locale: Locale): string {
  return formatter(locale).dateTime(asDay(date), { weekday: "long", ...DAY });
}

/** "2,5" in bokmål, "2.5" in English: every number in running text goes through here. */
export function formatNumber(value: number, locale: Locale): string {
  return formatter(locale)
    .number(value, { maximumFractionDigits: 2 })
    .replace(/\u00a0/g, " ");
}

/** The calendar date in Norway of an instant ("23:30Z" on the 12th is the 13th in Oslo in winter). */
export function formatInstantDate(instant: Date, locale: Locale): string {
  return formatter(locale).dateTime(instant, { day: "numeric", month: "long", year: "numeric" });
}

/** Date and time in Norway: "12. november 2026 kl. 14:05" / "12 November 2026, 14:05". */
export function formatInstant(instant: Date, locale: Locale): string {
  return formatter(locale)
    .dateTime(instant, { dateStyle: "long", timeStyle: "short" })
    .replace(/\u00a0/g, " ");
}

const regionNames = perLocale((locale) => new Intl.DisplayNames([tag(locale)], { type: "region" }));

/** A country's name in the user's language ("ES" → "Spania" / "Spain"); the code itself if unknown. */
export function formatCountry(code: string, locale: Locale): string {
  const names = regionNames(locale);
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
