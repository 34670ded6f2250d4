import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { answerDueBy, type Topic } from "../../domain/messages";
import { type IsoDate } from "../../domain/calendar";
import { actorOf, authorize, logAccess } from "./access-log";
import { Conflict, exactlyOnce, onceBy, personTransaction, recordCase, type SubmitResult } from "./exactly-once";

/** A conversation with Nav ("write to us") is an enquiry case; its messages hang on it. */
export const ENQUIRY_CASE_TYPE = "ENQUIRY";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/** The topic names stored with the conversation, in the language of Nav's records. */
const TOPIC_SUBJECT: Record<Topic, string> = {
  PAYMENT: "Utbetaling",
  TAX: "Skatt",
  DRAW_GRADE: "Uttaksgrad",
  ABROAD: "Bo eller reise i utlandet",
  LIFE_CHANGE: "Endring i livssituasjon",
  OTHER: "Annet",
};

/** The person's conversations with Nav, newest activity first, with how many answers are unread. */
export async function conversations(user: User) {
  const rows = await db().case.findMany({
    where: { personId: user.personId, type: ENQUIRY_CASE_TYPE },
    select: {
      id: true,
      status: true,
      answerDeadline: true,
      payload: true,
      createdAt: true,
      messages: { select: { fromNav: true, readAt: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
  await logAccess(user, "MESSAGES", ["MESSAGES"]);
  return rows
    .map((c) => ({
      id: c.id,
      topic: (c.payload as { topic: Topic }).topic,
      status: c.status,
      answerDeadline: c.answerDeadline,
      lastAt: c.messages[0]?.createdAt ?? c.createdAt,
      waitingForNav: c.messages[0] ? !c.messages[0].fromNav : true,
      unread: c.messages.filter((m) => m.fromNav && !m.readAt).length,
    }))
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}

/** One conversation with every message, oldest first, and who wrote each; null when it is not the user's. */
export async function conversation(user: User, id: string) {
  await authorize(user, "MESSAGES");
  if (!UUID.test(id)) return null;
  const row = await db().case.findFirst({
    where: { id, personId: user.personId, type: ENQUIRY_CASE_TYPE },
    select: {
      id: true,
      status: true,
      answerDeadline: true,
      payload: true,
      createdAt: true,
      messages: { select: { id: true, fromNav: true, body: true, createdAt: true, readAt: true, sentById: true }, orderBy: { createdAt: "asc" } },
    },
  });
  await logAccess(user, "CHECKED", ["MESSAGES"]);
  if (!row) return null;
  const writers = [...new Set(row.messages.flatMap((m) => (m.sentById && m.sentById !== user.personId ? [m.sentById] : [])))];
  const people = writers.length ? await db().person.findMany({ where: { id: { in: writers } }, select: { id: true, givenName: true, familyName: true } }) : [];
  const names = new Map(people.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
  return {
    id: row.id,
    topic: (row.payload as { topic: Topic }).topic,
    status: row.status,
    answerDeadline: row.answerDeadline,
    messages: row.messages.map(({ sentById, ...m }) => ({ ...m, writtenBy: sentById && sentById !== user.personId ? (names.get(sentById) ?? null) : null })),
  };
}

/**
 * Writes to Nav: a new conversation (an enquiry case with its answer date,
 * three working days ahead) and its first message, saved once per form.
 */
export async function writeToNav(user: User, msg: { topic: Topic; text: string }, opts: { idempotencyKey: string; today: IsoDate }): Promise<SubmitResult> {
  return exactlyOnce(user, opts.idempotencyKey, ENQUIRY_CASE_TYPE, () =>
    personTransaction(user, "MESSAGES", async (tx) => {
      const caseId = await recordCase(tx, user, {
        type: ENQUIRY_CASE_TYPE,
        need: "MESSAGES",
        idempotencyKey: opts.idempotencyKey,
        payload: { topic: msg.topic },
        decided: false,
        answerDeadline: day(answerDueBy(opts.today)),
        audit: "MESSAGES",
      });
      await tx.message.create({
        data: {
          personId: user.personId,
          caseId,
          channel: "WRITE_TO_US",
          fromNav: false,
          subject: TOPIC_SUBJECT[msg.topic],
          body: msg.text,
          createdAt: new Date(),
          readAt: new Date(),
          sentById: user.actorId,
        },
      });
      return caseId;
    }),
  );
}

/** What a reply's key already stands for: this user's reply (its conversation), a key used by someone else, or nothing. */
async function earlierReply(user: User, idempotencyKey: string): Promise<SubmitResult | null> {
  const earlier = await db().message.findUnique({ where: { idempotencyKey }, select: { caseId: true, personId: true } });
  if (!earlier) return null;
  return earlier.personId === user.personId && earlier.caseId ? { ok: true, caseId: earlier.caseId } : { ok: false, reason: "used" };
}

/**
 * Answers in a conversation, saved once per form (the key is on the message).
 * The conversation goes back to Nav with a new answer date.
 */
export async function replyToNav(user: User, reply: { thread: string; text: string }, opts: { idempotencyKey: string; today: IsoDate }): Promise<SubmitResult> {
  return onceBy(
    () => earlierReply(user, opts.idempotencyKey),
    () =>
      personTransaction(user, "MESSAGES", async (tx) => {
        const thread = await tx.case.findFirst({
          where: { id: reply.thread, personId: user.personId, type: ENQUIRY_CASE_TYPE },
          select: { id: true, status: true },
        });
        if (!thread || thread.status === "CLOSED") throw new Conflict();
        await tx.message.create({
          data: {
            personId: user.personId,
            caseId: thread.id,
            channel: "WRITE_TO_US",
            fromNav: false,
            subject: "Svar",
            body: reply.text,
            createdAt: new Date(),
            readAt: new Date(),
            sentById: user.actorId,
            idempotencyKey: opts.idempotencyKey,
          },
        });
        await tx.case.update({ where: { id: thread.id }, data: { status: "RECEIVED", answerDeadline: day(answerDueBy(opts.today)) } });
        const actor = actorOf(user);
        await tx.caseEvent.create({ data: { caseId: thread.id, type: "RECEIVED", at: new Date(), actor: actor.actorKind } });
        await tx.accessLog.create({ data: { subjectId: user.personId, ...actor, dataKind: "MESSAGES", purpose: "CHANGE" } });
        return thread.id;
      }),
  );
}

/** Marks Nav's answers in one of the user's conversations as read: an explicit post, never a page view. */
export async function markConversationRead(user: User, id: string): Promise<number> {
  await authorize(user, "MESSAGES");
  const { count } = await db().message.updateMany({
    where: { caseId: id, personId: user.personId, fromNav: true, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
