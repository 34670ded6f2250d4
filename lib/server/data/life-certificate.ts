import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { type IsoDate, dayOf } from "../../domain/calendar";
import { CURRENT_TEXT_VERSION } from "../../domain/consents";
import { newVerificationId, verificationResult, type VerificationOutcome } from "../verifier";
import { authorize, logAccess } from "./access-log";
import { personTransaction, recordCase } from "./exactly-once";

type LifeCertificateState = "REQUESTED" | "OVERDUE" | "RECEIVED" | "APPROVED";

/** Every request for a life certificate, newest first, with its state today (overdue when still open after the date). */
export async function lifeCertificates(user: User, today: IsoDate) {
  await authorize(user, "SELF");
  const rows = await db().lifeCertificateRequest.findMany({
    where: { personId: user.personId },
    orderBy: { requestedAt: "desc" },
    select: { id: true, requestedAt: true, dueBy: true, status: true, receivedAt: true, method: true },
  });
  await logAccess(user, "SELF", ["PERSON"]);
  return rows.map((r) => ({
    ...r,
    dueBy: dayOf(r.dueBy),
    state: (r.status === "REQUESTED" && dayOf(r.dueBy) < today ? "OVERDUE" : r.status) as LifeCertificateState,
  }));
}

/** The open request, if any: what the overview shows. */
export async function openLifeCertificate(user: User, today: IsoDate) {
  if (user.acting) return null;
  return (await lifeCertificates(user, today)).find((r) => r.state === "REQUESTED" || r.state === "OVERDUE") ?? null;
}

/**
 * Starts the digital way: the terms accepted (recorded as consent with the
 * version of the text, if not already given for this version), then a fresh
 * identity check tied to the open request. Returns the check's id, or null
 * when there is no open request.
 */
export async function beginDigitalCertificate(user: User): Promise<string | null> {
  return personTransaction(user, "SELF", async (tx) => {
    const open = await tx.lifeCertificateRequest.findFirst({ where: { personId: user.personId, status: "REQUESTED" }, select: { id: true } });
    if (!open) return null;
    const version = CURRENT_TEXT_VERSION.DIGITAL_LIFE_CERTIFICATE;
    const last = await tx.consentEvent.findFirst({ where: { personId: user.personId, purpose: "DIGITAL_LIFE_CERTIFICATE" }, orderBy: { at: "desc" } });
    if (!(last?.action === "GRANTED" && last.textVersion === version)) {
      await tx.consentEvent.create({
        data: { personId: user.personId, purpose: "DIGITAL_LIFE_CERTIFICATE", action: "GRANTED", textVersion: version, at: new Date() },
      });
    }
    const id = newVerificationId();
    await tx.lifeCertificateRequest.update({ where: { id: open.id }, data: { verificationId: id } });
    return id;
  });
}

/**
 * Finishes the digital way with the provider's answer for this person's own
 * check. Success approves the request at once (the identity is verified), a
 * case and a message record it; any other answer leaves the request open.
 * Nothing from the check itself is stored: only that it was done, digitally.
 */
export async function finishDigitalCertificate(user: User, verificationId: string): Promise<VerificationOutcome | "unknown"> {
  await authorize(user, "SELF");
  const request = await db().lifeCertificateRequest.findFirst({
    where: { personId: user.personId, verificationId, status: "REQUESTED" },
    select: { id: true },
  });
  if (!request) return "unknown";
  const outcome = await verificationResult(verificationId);
  if (outcome === "unavailable") return outcome;
  await personTransaction(user, "SELF", async (tx) => {
    if (outcome !== "success") {
      await tx.lifeCertificateRequest.update({ where: { id: request.id }, data: { verificationId: null } });
      return;
    }
    const now = new Date();
    const updated = await tx.lifeCertificateRequest.updateMany({
      where: { id: request.id, verificationId, status: "REQUESTED" },
      data: { status: "APPROVED", receivedAt: now, method: "DIGITAL", verificationId: null },
    });
    if (updated.count !== 1) return;
    await tx.lifeCertificate.create({ data: { personId: user.personId, confirmedAt: now, method: "DIGITAL" } });
    await recordCase(tx, user, {
      type: "LIFE_CERTIFICATE",
      need: "SELF",
      idempotencyKey: `leveattest-${request.id}`,
      payload: { method: "DIGITAL" },
      decided: true,
      message: {
        subject: "Leveattesten er mottatt",
        body: "Takk. Vi har fått leveattesten din, og identiteten din er bekreftet. Pensjonen blir utbetalt som før.",
      },
      audit: "PERSON",
    });
  });
  return outcome;
}

/** What the paper form is filled in with: the person's name, birth date, identity number and address. */
export async function paperFormFacts(user: User) {
  await authorize(user, "SELF");
  const p = await db().person.findUniqueOrThrow({
    where: { id: user.personId },
    select: { givenName: true, familyName: true, birthDate: true, fnr: true, addressLine: true, postalCode: true, city: true, countryCode: true },
  });
  await logAccess(user, "SELF", ["PERSON"], "STATEMENT");
  return {
    name: `${p.givenName} ${p.familyName}`,
    birthDate: dayOf(p.birthDate),
    fnr: p.fnr,
    address: `${p.addressLine}, ${p.postalCode} ${p.city}`,
    countryCode: p.countryCode,
  };
}
