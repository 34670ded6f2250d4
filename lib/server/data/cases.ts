import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { authorize, logAccess } from "./access-log";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CaseSummary = { id: string; type: string; status: string; createdAt: Date; decidedAt: Date | null };

/** The person's cases, newest first. */
export async function listCases(user: User): Promise<CaseSummary[]> {
  const rows = await db().case.findMany({
    where: { personId: user.personId },
    orderBy: { createdAt: "desc" },
    select: { id: true, type: true, status: true, createdAt: true, decidedAt: true },
  });
  await logAccess(user, "CASES_LETTERS", ["CASES"]);
  return rows;
}

/**
 * Whether the user may read a case: the person always; a representative with
 * the right to read cases, or without it when they sent the case themself
 * (its receipt and the letter about it are theirs to see).
 */
async function authorizeCase(user: User, submittedById: string | null | undefined): Promise<void> {
  if (user.acting && submittedById === user.actorId) return;
  await authorize(user, "CASES_LETTERS");
}

/** One case with its events and letters, and who sent it when it was not the person; null when it is not the user's. */
export async function caseDetail(user: User, id: string) {
  if (!UUID.test(id)) return null;
  const row = await db().case.findFirst({
    where: { id, personId: user.personId },
    select: {
      id: true,
      type: true,
      status: true,
      createdAt: true,
      decidedAt: true,
      payload: true,
      answerDeadline: true,
      submittedById: true,
      events: { select: { type: true, at: true }, orderBy: { at: "asc" } },
      letters: { select: { id: true, title: true, sentAt: true, automated: true }, orderBy: { sentAt: "asc" } },
    },
  });
  await authorizeCase(user, row?.submittedById);
  await logAccess(user, "CHECKED", ["CASES", "LETTERS"]);
  if (!row) return null;
  const { submittedById, ...rest } = row;
  return { ...rest, submittedBy: await submitterName(user.personId, submittedById) };
}

/** The name of whoever sent a case for the person, when it was someone else (a representative); null when it was the person. */
async function submitterName(personId: string, submittedById: string | null): Promise<string | null> {
  if (!submittedById || submittedById === personId) return null;
  const p = await db().person.findUnique({ where: { id: submittedById }, select: { givenName: true, familyName: true } });
  return p ? `${p.givenName} ${p.familyName}` : null;
}

/** One letter; null when it is not the user's. */
export async function letter(user: User, id: string) {
  if (!UUID.test(id)) return null;
  const row = await db().letter.findFirst({
    where: { id, personId: user.personId },
    select: {
      id: true,
      title: true,
      body: true,
      sentAt: true,
      automated: true,
      caseId: true,
      case: { select: { submittedById: true } },
      person: { select: { reservedDigital: true } },
    },
  });
  await authorizeCase(user, row?.case?.submittedById);
  await logAccess(user, "CHECKED", ["LETTERS"]);
  if (!row) return null;
  // Someone reserved against digital communication gets the letter by post; the copy here says so.
  const { case: _case, person, ...rest } = row;
  return { ...rest, byPost: person.reservedDigital };
}

/** The notices in the inbox (not the conversations), newest first. Reading it changes nothing: a message is marked read by a POST (markMessageRead). */
export async function inbox(user: User) {
  const rows = await db().message.findMany({
    where: { personId: user.personId, caseId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, subject: true, body: true, createdAt: true, readAt: true, fromNav: true },
  });
  await logAccess(user, "MESSAGES", ["MESSAGES"]);
  return rows;
}

/** Marks one of the user's own messages as read; someone else's id changes nothing. */
export async function markMessageRead(user: User, messageId: string): Promise<boolean> {
  await authorize(user, "MESSAGES");
  const { count } = await db().message.updateMany({ where: { id: messageId, personId: user.personId, readAt: null }, data: { readAt: new Date() } });
  return count === 1;
}
