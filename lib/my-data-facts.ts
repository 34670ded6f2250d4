import { formatCountry, formatDate, formatMonth } from "./format";
import { type Locale } from "./i18n/locales";

type T = (key: string, values?: Record<string, string | number>) => string;
type MyData = Awaited<ReturnType<typeof import("./server/data/my-data").myData>>;
export const GROUPS = ["person", "contact", "address", "bankAccount", "pension", "payments", "tax", "cases", "institution", "consents", "powers"] as const;
export type Group = (typeof GROUPS)[number];

/** The short facts shown for each group of data, on the page and in the PDF copy. */
export function myDataFacts(d: MyData, t: T, locale: Locale): Record<Group, string[]> {
  const value = (v: string | null | undefined) => v || t("none");
  return {
    person: [
      t("name", { value: d.person.name }),
      t("fnr", { value: d.person.fnr }),
      t("birthDate", { value: formatDate(d.person.birthDate, locale) }),
      t("navOffice", { value: d.person.navOffice }),
    ],
    contact: [t("email", { value: value(d.contact.email) }), t("phone", { value: value(d.contact.phone) })],
    address: [`${d.address.line}, ${d.address.postalCode} ${d.address.city} (${formatCountry(d.address.countryCode, locale)})`],
    bankAccount: [
      d.bankAccount ? `${d.bankAccount.masked}${d.bankAccount.foreign ? ` (${formatCountry(d.bankAccount.countryCode, locale)})` : ""}` : t("none"),
    ],
    pension: [d.pension ? t("pensionSince", { month: formatMonth(d.pension.startMonth, locale) }) : t("none")],
    payments: [t("paymentsCount", { count: d.payments })],
    tax: [d.tax ? t("taxCard", { year: d.tax.year }) : t("none")],
    cases: [t("casesCount", { count: d.cases })],
    institution: d.institution.length ? d.institution.map((s) => t("stay", { name: s.name, from: formatDate(s.fromDate, locale) })) : [t("noStays")],
    consents: [t("consentsCount", { count: d.consents })],
    powers: [t("powers", d.powers)],
  };
}
