import "server-only";
import { maskAccount } from "../../domain/bank-account";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { authorize, logAccess } from "./access-log";
import { dayOf } from "../../domain/calendar";

/** Where a group of data comes from, and what it is used for (message keys). */
export const SOURCES = {
  person: { source: "folkeregisteret", purpose: "identify" },
  contact: { source: "krr", purpose: "contact" },
  address: { source: "folkeregisteret", purpose: "contact" },
  bankAccount: { source: "self", purpose: "pay" },
  pension: { source: "nav", purpose: "calculate" },
  payments: { source: "nav", purpose: "pay" },
  tax: { source: "skatteetaten", purpose: "tax" },
  cases: { source: "nav", purpose: "caseHandling" },
  institution: { source: "municipality", purpose: "calculate" },
  consents: { source: "self", purpose: "consent" },
  powers: { source: "nav", purpose: "represent" },
} as const;
export type Group = keyof typeof SOURCES;

/** Everything held about the person, grouped as on Nav's list, as short facts. Numbers are masked. */
export async function myData(user: User) {
  await authorize(user, "SELF");
  const id = user.personId;
  const [person, account, pension, payments, taxCard, cases, stays, consents, granted, held] = await Promise.all([
    db().person.findUniqueOrThrow({
      where: { id },
      select: {
        givenName: true,
        familyName: true,
        fnr: true,
        birthDate: true,
        maritalStatus: true,
        email: true,
        phone: true,
        addressLine: true,
        postalCode: true,
        city: true,
        countryCode: true,
        navOffice: true,
      },
    }),
    db().bankAccount.findFirst({ where: { personId: id, validTo: null }, select: { accountNumber: true, kind: true, countryCode: true } }),
    db().pension.findFirst({ where: { personId: id }, select: { type: true, startMonth: true } }),
    db().payment.count({ where: { personId: id } }),
    db().taxCard.findFirst({ where: { personId: id }, orderBy: { year: "desc" }, select: { year: true, kind: true } }),
    db().case.count({ where: { personId: id } }),
    db().institutionStay.findMany({ where: { personId: id }, select: { kind: true, name: true, fromDate: true, toDate: true } }),
    db().consentEvent.count({ where: { personId: id } }),
    db().powerOfAttorney.count({ where: { grantorId: id } }),
    db().powerOfAttorney.count({ where: { attorneyId: id } }),
  ]);
  await logAccess(user, "SELF", ["PERSON", "BANK_ACCOUNT", "PENSION", "PAYMENTS", "TAX", "CASES", "CONSENTS"], "PRIVACY_INSIGHT");
  return {
    person: {
      name: `${person.givenName} ${person.familyName}`,
      fnr: `${person.fnr.slice(0, 6)} *****`,
      birthDate: dayOf(person.birthDate),
      maritalStatus: person.maritalStatus,
      navOffice: person.navOffice,
    },
    contact: { email: person.email, phone: person.phone },
    address: { line: person.addressLine, postalCode: person.postalCode, city: person.city, countryCode: person.countryCode },
    bankAccount: account && { masked: maskAccount(account.accountNumber), foreign: account.kind === "FOREIGN", countryCode: account.countryCode },
    pension,
    payments,
    tax: taxCard,
    cases,
    institution: stays.map((s) => ({ ...s, fromDate: dayOf(s.fromDate), toDate: s.toDate ? dayOf(s.toDate) : null })),
    consents,
    powers: { granted, held },
  };
}
