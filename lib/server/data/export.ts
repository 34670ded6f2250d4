import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { authorize, logAccess } from "./access-log";

/**
 * Where each table's rows appear in the export (a path in the JSON), or why a
 * table is left out. Every model must be listed: a test fails when a new
 * table is added without deciding this. Documented in docs/export-schema.md.
 */
export const EXPORT_COVERAGE = {
  Person: "person",
  Pension: "pensions",
  DrawGradePeriod: "pensions[].drawGrades",
  Payment: "payments",
  PaymentLine: "payments[].lines",
  TaxCard: "taxCards",
  VoluntaryTax: "voluntaryTaxes",
  BankAccount: "bankAccounts",
  Case: "cases",
  CaseEvent: "cases[].events",
  Letter: "letters",
  Message: "messages",
  ConsentEvent: "consentEvents",
  InstitutionStay: "institutionStays",
  PowerOfAttorney: "powersOfAttorney",
  AccessLog: "accessLog",
  LifeCertificate: "lifeCertificates",
  LifeCertificateRequest: "lifeCertificateRequests",
  PageViewCount: { excluded: "Holds no personal data: page views counted per day and path." },
  AuthSession: { excluded: "Login sessions hold security tokens; they expire within two hours." },
  RateLimitBucket: { excluded: "Counters per keyed hash and minute; they hold no person id and are deleted after two days." },
} as const;

const EXPORT_SCHEMA_VERSION = 1;

const omit = { personId: true } as const;

/** Everything the portal holds about the logged-in person, as machine-readable data. */
export async function exportPersonData(user: User, now: Date) {
  await authorize(user, "SELF");
  const personId = user.personId;
  const [
    person,
    pensions,
    payments,
    taxCards,
    voluntaryTaxes,
    bankAccounts,
    cases,
    letters,
    messages,
    consentEvents,
    institutionStays,
    granted,
    held,
    accessLog,
    lifeCertificates,
    lifeCertificateRequests,
  ] = await Promise.all([
    db().person.findUniqueOrThrow({ where: { id: personId } }),
    db().pension.findMany({ where: { personId }, omit, include: { drawGrades: { omit: { pensionId: true } } } }),
    db().payment.findMany({
      where: { personId },
      omit,
      orderBy: { paymentDate: "asc" },
      include: { lines: { omit: { paymentId: true }, orderBy: { position: "asc" } } },
    }),
    db().taxCard.findMany({ where: { personId }, omit }),
    db().voluntaryTax.findMany({ where: { personId }, omit }),
    db().bankAccount.findMany({ where: { personId }, omit }),
    db().case.findMany({ where: { personId }, omit: { personId: true, idempotencyKey: true }, include: { events: { omit: { caseId: true } } } }),
    db().letter.findMany({ where: { personId }, omit }),
    db().message.findMany({ where: { personId }, omit: { personId: true, idempotencyKey: true } }),
    db().consentEvent.findMany({ where: { personId }, omit }),
    db().institutionStay.findMany({ where: { personId }, omit }),
    db().powerOfAttorney.findMany({ where: { grantorId: personId }, include: { attorney: { select: { givenName: true, familyName: true } } } }),
    db().powerOfAttorney.findMany({ where: { attorneyId: personId }, include: { grantor: { select: { givenName: true, familyName: true } } } }),
    db().accessLog.findMany({ where: { subjectId: personId }, orderBy: { id: "asc" } }),
    db().lifeCertificate.findMany({ where: { personId }, omit }),
    // The id of an identity check under way is a key at the provider, not data about the person.
    db().lifeCertificateRequest.findMany({ where: { personId }, omit: { personId: true, verificationId: true } }),
  ]);
  await logAccess(user, "SELF", ["PERSON", "PENSION", "PAYMENTS", "TAX", "BANK_ACCOUNT", "CASES", "LETTERS", "MESSAGES", "CONSENTS", "ACCESS_LOG"], "EXPORT");
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    moneyUnit: "øre (1/100 NOK)",
    person,
    pensions,
    payments,
    taxCards: taxCards.map((c) => ({ ...c, percent: c.percent === null ? null : Number(c.percent) })),
    voluntaryTaxes: voluntaryTaxes.map((v) => ({ ...v, percent: v.percent === null ? null : Number(v.percent) })),
    bankAccounts,
    cases,
    letters,
    messages,
    consentEvents,
    institutionStays,
    powersOfAttorney: { granted, held },
    accessLog: accessLog.map((e) => ({ ...e, id: String(e.id) })),
    lifeCertificates,
    lifeCertificateRequests,
  };
}
