import { type Db } from "./client";

const DAY = 86_400_000;

/** How long chat-like data is kept (DOMAIN.md): chatbot 90 days, chat with an advisor 2 days. */
export const RETENTION_DAYS = { CHATBOT: 90, CHAT_ADVISOR: 2 } as const;

/** Life certificate entries are kept 18 months in the central register. */
export const LIFE_CERTIFICATE_MONTHS = 18;

export type RetentionResult = { chatbot: number; chatAdvisor: number; expiredMessages: number; lifeCertificates: number };

/**
 * Deletes what has expired (chat-like messages, life certificate entries). Idempotent (a second run deletes nothing more),
 * reports counts only, and never touches records under a duty to archive:
 * letters, cases, payments and notices from Nav are not in its reach.
 */
export async function runRetention(db: Db, now: Date): Promise<RetentionResult> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const chatbot = await db.message.deleteMany({ where: { channel: "CHATBOT", createdAt: { lt: before(RETENTION_DAYS.CHATBOT) } } });
  const chatAdvisor = await db.message.deleteMany({ where: { channel: "CHAT_ADVISOR", createdAt: { lt: before(RETENTION_DAYS.CHAT_ADVISOR) } } });
  const expiredMessages = await db.message.deleteMany({ where: { channel: { in: ["CHATBOT", "CHAT_ADVISOR", "WRITE_TO_US"] }, deleteAfter: { lte: now } } });
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - LIFE_CERTIFICATE_MONTHS);
  const lifeCertificates = await db.lifeCertificate.deleteMany({ where: { confirmedAt: { lt: cutoff } } });
  return { chatbot: chatbot.count, chatAdvisor: chatAdvisor.count, expiredMessages: expiredMessages.count, lifeCertificates: lifeCertificates.count };
}
