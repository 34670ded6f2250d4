import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { actorOf, authorize, type DataKind } from "./access-log";
import { refuse } from "../refuse";
import { allows, type Need } from "../../domain/representation";

/** Thrown inside the work when the data changed since the form was opened. */
export class Conflict extends Error {}

export type SubmitResult = { ok: true; caseId: string } | { ok: false; reason: "conflict" | "used" };

/**
 * What an idempotency key already stands for: this user's case of this kind
 * (the same form sent again), something else ("used": another form, another
 * person), or nothing yet.
 */
export async function earlierSubmission(user: User, idempotencyKey: string, caseType: string): Promise<SubmitResult | null> {
  const existing = await db().case.findUnique({ where: { idempotencyKey }, select: { id: true, personId: true, type: true } });
  if (!existing) return null;
  return existing.personId === user.personId && existing.type === caseType ? { ok: true, caseId: existing.id } : { ok: false, reason: "used" };
}

/**
 * Runs a form submission at most once per idempotency key (unique on Case).
 * A repeat (double click, back button, retry, a racing second tab of the same
 * form) returns the first case; a key used for anything else changes nothing.
 */
export function exactlyOnce(user: User, idempotencyKey: string, caseType: string, work: () => Promise<string>): Promise<SubmitResult> {
  return onceBy(() => earlierSubmission(user, idempotencyKey, caseType), work);
}

/**
 * The mechanism under exactlyOnce, for keys kept elsewhere than on a case (a
 * reply is a message in an existing case): `earlier` says what the key already
 * stands for. It is asked before the work, and again when the work fails,
 * because a racing twin may have saved first and the unique key made this one
 * fail; that twin's result is the answer then.
 */
export async function onceBy(earlier: () => Promise<SubmitResult | null>, work: () => Promise<string>): Promise<SubmitResult> {
  const existing = await earlier();
  if (existing) return existing;
  try {
    return { ok: true, caseId: await work() };
  } catch (error) {
    const raced = await earlier();
    if (raced) return raced;
    if (error instanceof Conflict) return { ok: false, reason: "conflict" };
    throw error;
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/**
 * A transaction that changes one person's data, taken one at a time per
 * person: the person's row is locked first, so the person and someone acting
 * for them (or two tabs) who both started from the same version cannot both
 * pass the "has it changed since?" check. The second waits, then sees the
 * first one's change and gets a conflict. What the change needs of someone
 * acting for the person is checked first.
 */
export async function personTransaction<T>(user: User, need: Need, work: (tx: Tx) => Promise<T>): Promise<T> {
  // Checked before the transaction, so a refusal's audit entry is written and kept.
  await authorize(user, need);
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Person" WHERE id = ${user.personId}::uuid FOR UPDATE`;
    return work(tx);
  });
}

export type CaseRecord = {
  type: string;
  /** What the change needs of someone acting for the person (checked before anything is written). */
  need: Need;
  idempotencyKey: string;
  payload: object;
  /** Decided at once (automated) or received for a caseworker, with an answer deadline. */
  decided: boolean;
  answerDeadline?: Date;
  letter?: { title: string; body: string; automated: boolean };
  message?: { subject: string; body: string };
  /** What the change touched, written to the access log as a change made by the person. */
  audit: DataKind;
};

/**
 * The one way a submission becomes a case: the case with its events, the
 * decision letter and the inbox message where there are any, and an audit entry.
 * Runs inside the caller's transaction. The case belongs to the person whose
 * data it is; who sent it (they or a representative) is recorded with it, and
 * the letter goes to the person, never to the representative.
 */
export async function recordCase(tx: Tx, user: User, record: CaseRecord): Promise<string> {
  // personTransaction has checked and logged a refusal already; this only makes sure no case is recorded without it.
  if (!allows(user.acting, record.need)) refuse();
  const now = new Date();
  const actor = actorOf(user);
  const events: Array<{ type: string; at: Date; actor: string }> = [{ type: "RECEIVED", at: now, actor: actor.actorKind }];
  if (record.decided) events.push({ type: "DECIDED", at: now, actor: "SYSTEM" });
  if (record.letter) events.push({ type: "LETTER_SENT", at: now, actor: "SYSTEM" });
  const created = await tx.case.create({
    data: {
      personId: user.personId,
      type: record.type,
      status: record.decided ? "DECIDED" : "RECEIVED",
      idempotencyKey: record.idempotencyKey,
      submittedById: user.actorId,
      answerDeadline: record.answerDeadline ?? null,
      payload: record.payload,
      createdAt: now,
      decidedAt: record.decided ? now : null,
      events: { create: events },
    },
    select: { id: true },
  });
  // The person is told, in the letter and the message, who sent a change made for them.
  const byWhom = user.acting
    ? `\n\nEndringen ble sendt inn av ${user.name}, som ${user.acting.kind === "GUARDIAN" ? "er verge for deg" : "har fullmakt fra deg"}.`
    : "";
  if (record.letter) {
    const letter = { ...record.letter, body: record.letter.body + byWhom };
    await tx.letter.create({ data: { personId: user.personId, caseId: created.id, kind: "DECISION", ...letter, sentAt: now } });
  }
  if (record.message) {
    const message = { ...record.message, body: record.message.body + byWhom };
    await tx.message.create({ data: { personId: user.personId, channel: "NOTICE", fromNav: true, ...message, createdAt: now } });
  }
  await tx.accessLog.create({ data: { subjectId: user.personId, ...actor, dataKind: record.audit, purpose: "CHANGE" } });
  return created.id;
}
