/** The portal's languages, as Nav offers them: bokmål, nynorsk and English. */
export const LOCALES = ["nb", "nn", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : DEFAULT_LOCALE;
}

/** The BCP 47 tag for dates, numbers and sorting in each language. */
export function intlTag(locale: Locale): string {
  return locale === "en" ? "en-GB" : `${locale}-NO`;
}

/** Each language named in itself, and the switch's label in that language. */
export const LANGUAGE_NAMES: Record<Locale, { name: string; switchLabel: string }> = {
  nb: { name: "Bokmål", switchLabel: "Bytt språk til bokmål" },
  nn: { name: "Nynorsk", switchLabel: "Byt språk til nynorsk" },
  en: { name: "English", switchLabel: "Change language to English" },
};
