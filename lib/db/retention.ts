import { type Db } from "./client";

const DAY = 86_400_000;

/** How long chat-like data is kept, as the privacy statement says (/personvern, "Hvor lenge vi lagrer"): chatbot 90 days, chat with an advisor 2 days. */
const RETENTION_DAYS = { CHATBOT: 90, CHAT_ADVISOR: 2 } as const;

/** Rate-limit counters are only needed for their own window; anything older than two days goes. */
const RATE_LIMIT_KEEP_DAYS = 2;

export type RetentionResult = { chatbot: number; chatAdvisor: number; expiredMessages: number; rateLimitBuckets: number };

/**
 * Deletes what has expired (chat-like messages, old rate-limit counters). Idempotent (a second run deletes nothing more),
 * reports counts only, and never touches records under a duty to archive:
 * letters, cases, payments and notices from Nav are not in its reach.
 * Life certificate confirmations are Nav's own case records: the central
 * register's 18 months are the register's rule, not ours, so they stay.
 */
export async function runRetention(db: Db, now: Date): Promise<RetentionResult> {
  const before = (days: number) => new Date(now.getTime() - days * DAY);
  const chatbot = await db.message.deleteMany({ where: { channel: "CHATBOT", createdAt: { lt: before(RETENTION_DAYS.CHATBOT) } } });
  const chatAdvisor = await db.message.deleteMany({ where: { channel: "CHAT_ADVISOR", createdAt: { lt: before(RETENTION_DAYS.CHAT_ADVISOR) } } });
  const expiredMessages = await db.message.deleteMany({ where: { channel: { in: ["CHATBOT", "CHAT_ADVISOR", "WRITE_TO_US"] }, deleteAfter: { lte: now } } });
  const rateLimitBuckets = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before(RATE_LIMIT_KEEP_DAYS) } } });
  return { chatbot: chatbot.count, chatAdvisor: chatAdvisor.count, expiredMessages: expiredMessages.count, rateLimitBuckets: rateLimitBuckets.count };
}
