import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type CaseSummary = { id: string; type: string; status: string; createdAt: Date; decidedAt: Date | null };

/** The person's cases, newest first. */
export async function listCases(user: User): Promise<CaseSummary[]> {
  const rows = await db().case.findMany({
    where: { personId: user.personId },
    orderBy: { createdAt: "desc" },
    select: { id: true, type: true, status: true, createdAt: true, decidedAt: true },
  });
  await logAccess(user, user.personId, ["CASES"]);
  return rows;
}

/** One case with its events and letters; null when it is not the user's. */
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
      events: { select: { type: true, at: true }, orderBy: { at: "asc" } },
      letters: { select: { id: true, title: true, sentAt: true, automated: true }, orderBy: { sentAt: "asc" } },
    },
  });
  await logAccess(user, user.personId, ["CASES", "LETTERS"]);
  return row;
}

/** One letter; null when it is not the user's. */
export async function letter(user: User, id: string) {
  if (!UUID.test(id)) return null;
  const row = await db().letter.findFirst({
    where: { id, personId: user.personId },
    select: { id: true, title: true, body: true, sentAt: true, automated: true, caseId: true },
  });
  await logAccess(user, user.personId, ["LETTERS"]);
  return row;
}

/** The inbox, newest first. Reading it changes nothing: a message is marked read by a POST (markMessageRead). */
export async function inbox(user: User) {
  const rows = await db().message.findMany({
    where: { personId: user.personId },
    orderBy: { createdAt: "desc" },
    select: { id: true, subject: true, body: true, createdAt: true, readAt: true, fromNav: true },
  });
  await logAccess(user, user.personId, ["MESSAGES"]);
  return rows;
}

/** Marks one of the user's own messages as read; someone else's id changes nothing. */
export async function markMessageRead(user: User, messageId: string): Promise<boolean> {
  const { count } = await db().message.updateMany({ where: { id: messageId, personId: user.personId, readAt: null }, data: { readAt: new Date() } });
  return count === 1;
}
