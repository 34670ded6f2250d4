import { describe, expect, it } from "vitest";
import { runRetention } from "@/lib/db/retention";
import { db } from "@/lib/server/db";
import { userFor } from "../support/users";

describe("retention", () => {
  it("deletes expired chat data and old rate-limit counters, only that, and a second run deletes nothing", async () => {
    const { personId } = await userFor("abroad");
    const now = new Date("2026-11-12T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const msg = (channel: "CHATBOT" | "CHAT_ADVISOR" | "NOTICE" | "WRITE_TO_US", createdAt: Date, deleteAfter: Date | null = null) => ({
      personId,
      channel,
      fromNav: channel !== "WRITE_TO_US",
      subject: "s",
      body: "b",
      createdAt,
      deleteAfter,
    });
    await db().message.createMany({
      data: [
        msg("CHATBOT", daysAgo(91)),
        msg("CHATBOT", daysAgo(89)),
        msg("CHAT_ADVISOR", daysAgo(3)),
        msg("CHAT_ADVISOR", daysAgo(1)),
        msg("WRITE_TO_US", daysAgo(400), daysAgo(1)),
        msg("WRITE_TO_US", daysAgo(10)),
        msg("NOTICE", daysAgo(2000), daysAgo(5)),
      ],
    });
    await db().lifeCertificate.createMany({
      data: [
        { personId, confirmedAt: daysAgo(19 * 31), method: "BankID" },
        { personId, confirmedAt: daysAgo(17 * 30), method: "BankID" },
      ],
    });
    const letters = await db().letter.count();
    const cases = await db().case.count();
    const certificates = await db().lifeCertificate.count();
    await db().rateLimitBucket.createMany({
      data: [
        { key: "login:old", windowStart: daysAgo(3), count: 5 },
        { key: "login:new", windowStart: daysAgo(0.5), count: 5 },
      ],
    });
    expect(await runRetention(db(), now)).toEqual({ chatbot: 1, chatAdvisor: 1, expiredMessages: 1, rateLimitBuckets: 1 });
    expect(await runRetention(db(), now)).toEqual({ chatbot: 0, chatAdvisor: 0, expiredMessages: 0, rateLimitBuckets: 0 });
    // Nav's own life-certificate records are case records: the register's 18 months do not apply to them.
    expect(await db().lifeCertificate.count()).toBe(certificates);
    expect(await db().rateLimitBucket.count({ where: { key: "login:new" } })).toBe(1);
    expect(await db().message.count({ where: { personId, channel: "CHATBOT" } })).toBe(1);
    expect(await db().message.count({ where: { personId, channel: "NOTICE", subject: "s" } })).toBe(1);
    expect(await db().letter.count()).toBe(letters);
    expect(await db().case.count()).toBe(cases);
  });
});
