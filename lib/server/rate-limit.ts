import "server-only";
import crypto from "node:crypto";
import { headers } from "next/headers";
import { RATE_LIMITS, type RateLimitKind, windowStart } from "../domain/rate-limits";
import { config } from "./config";
import { db } from "./db";
import { metrics } from "./metrics";

/** The key stored is a keyed hash: the table never holds a person id or an IP address. */
function bucketKey(kind: RateLimitKind, subject: string): string {
  return `${kind}:${crypto.createHmac("sha256", config().authSecret).update(subject).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts one attempt and says whether it is within the limit. One atomic
 * upsert per attempt, so concurrent requests on several instances count right.
 */
export async function checkRateLimit(kind: RateLimitKind, subject: string, now = new Date()): Promise<boolean> {
  const { limit, windowSeconds } = RATE_LIMITS[kind];
  const start = windowStart(now, windowSeconds);
  const rows = await db().$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${bucketKey(kind, subject)}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const allowed = Number(rows[0]?.count ?? 0) <= limit;
  if (!allowed) metrics().rateLimited.inc({ kind });
  return allowed;
}

/** The client's address as the load balancer reports it (first hop), for limits only; never stored or logged. */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
