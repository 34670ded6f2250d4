import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { RATE_LIMITS } from "@/lib/domain/rate-limits";
import { createSession, extendSession, findActiveSession, IDLE_MINUTES, MAX_SESSIONS, SESSION_HOURS, sessionTimes } from "@/lib/server/auth/sessions";
import { inbox, markMessageRead } from "@/lib/server/data/cases";
import { applyDrawGrade, drawGradeOverview } from "@/lib/server/data/draw-grade";
import { voluntaryTaxRoom } from "@/lib/server/data/tax";
import { scenario, userFor } from "../support/users";

describe("rate limits in the database", () => {
  it("count concurrent attempts exactly and refuse the ones over the limit", async () => {
    const subject = `test-${crypto.randomUUID()}`;
    const now = new Date("2026-11-12T10:00:30Z");
    const results = await Promise.all(Array.from({ length: 50 }, () => checkRateLimit("login", subject, now)));
    expect(results.filter(Boolean)).toHaveLength(RATE_LIMITS.login.limit);
    // A new window starts afresh; the table holds a hash, never the subject.
    expect(await checkRateLimit("login", subject, new Date("2026-11-12T10:01:30Z"))).toBe(true);
    expect(await db().rateLimitBucket.count({ where: { key: { contains: subject } } })).toBe(0);
  });
});

describe("sessions", () => {
  it("end after 30 minutes idle, and at most three live per person", async () => {
    const fnr = scenario("full").fnr;
    const ids: string[] = [];
    for (let i = 0; i < MAX_SESSIONS + 2; i++) ids.push((await createSession({ fnr, acr: "idporten-loa-high" }))!);
    const alive = await Promise.all(ids.map((id) => findActiveSession(id)));
    expect(alive.filter(Boolean)).toHaveLength(MAX_SESSIONS);
    expect(alive.at(-1)).not.toBeNull();
    const last = ids.at(-1)!;
    const later = new Date(Date.now() + (IDLE_MINUTES + 1) * 60_000);
    expect(await findActiveSession(last, later)).toBeNull();
  });

  it("tell their end without extending it; 'stay logged in' restarts the idle limit but never the two hours, and cannot revive an ended one", async () => {
    const id = (await createSession({ fnr: scenario("care-home").fnr, acr: "idporten-loa-high" }))!;
    const t0 = new Date();
    const first = (await sessionTimes(id, t0))!;
    expect(first.idleEndsAt.getTime()).toBeGreaterThan(t0.getTime() + (IDLE_MINUTES - 2) * 60_000);
    const at25 = new Date(t0.getTime() + 25 * 60_000);
    // Asking does not extend: the idle end stays where it was.
    expect((await sessionTimes(id, at25))!.idleEndsAt).toEqual(first.idleEndsAt);
    const extended = (await extendSession(id, at25))!;
    expect(extended.idleEndsAt.getTime()).toBe(at25.getTime() + IDLE_MINUTES * 60_000);
    expect(extended.endsAt).toEqual(first.endsAt);
    expect(first.endsAt.getTime()).toBeLessThanOrEqual(t0.getTime() + SESSION_HOURS * 3600_000 + 5_000);
    // Once ended (idle past the limit), it stays ended.
    const tooLate = new Date(at25.getTime() + (IDLE_MINUTES + 1) * 60_000);
    expect(await extendSession(id, tooLate)).toBeNull();
    expect(await sessionTimes(id, tooLate)).toBeNull();
    // And nothing extends past the absolute end.
    const pastAbsolute = new Date(first.endsAt.getTime() + 1000);
    expect(await extendSession(id, pastAbsolute)).toBeNull();
  });

  it("a step-up ends the lower-level session it replaces", async () => {
    const fnr = scenario("minid-only").fnr;
    const low = (await createSession({ fnr, acr: "idporten-loa-substantial" }))!;
    const high = (await createSession({ fnr, acr: "idporten-loa-high", replaces: low }))!;
    expect(await findActiveSession(low)).toBeNull();
    expect(await findActiveSession(high)).not.toBeNull();
  });
});

describe("no state change on GET", () => {
  it("reading the inbox marks nothing read; a POST marks one message, only the user's own", async () => {
    const user = await userFor("graded");
    const other = await userFor("full");
    const msg = await db().message.create({
      data: { personId: user.personId, channel: "NOTICE", fromNav: true, subject: "Test", body: "b", createdAt: new Date() },
    });
    await inbox(user);
    await inbox(user);
    expect((await db().message.findUniqueOrThrow({ where: { id: msg.id } })).readAt).toBeNull();
    expect(await markMessageRead(other, msg.id)).toBe(false);
    expect(await markMessageRead(user, msg.id)).toBe(true);
    expect((await db().message.findUniqueOrThrow({ where: { id: msg.id } })).readAt).not.toBeNull();
  });
});

describe("draw grade", () => {
  it("a second decision in the same month replaces the first instead of failing", async () => {
    const user = await userFor("full");
    const today = "2026-10-15";
    const first = (await drawGradeOverview(user, today))!;
    const a = await applyDrawGrade(user, 0, { idempotencyKey: crypto.randomUUID(), basedOn: first.basedOn, today });
    expect(a.ok).toBe(true);
    const second = (await drawGradeOverview(user, today))!;
    expect(second.scheduled).toMatchObject({ grade: 0, from: "2026-11" });
    const b = await applyDrawGrade(user, 100, { idempotencyKey: crypto.randomUUID(), basedOn: second.basedOn, today });
    expect(b.ok).toBe(true);
    const periods = await db().drawGradePeriod.findMany({ where: { pension: { personId: user.personId }, fromMonth: "2026-11" } });
    expect(periods.map((p) => p.grade)).toEqual([100]);
  });

  it("the estimate includes a survivor supplement, from the same payment plan as real payments", async () => {
    const user = await userFor("widowed");
    const overview = (await drawGradeOverview(user, "2026-11-12"))!;
    const s = scenario("widowed");
    const supplement = s.pension!.extras!.find((e) => e.code === "survivorSupplement")!.amountOre;
    const eighty = overview.options.find((o) => o.grade === 80);
    if (!eighty) return;
    const next = await db().payment.findFirstOrThrow({ where: { personId: user.personId }, orderBy: { periodMonth: "desc" }, select: { lines: true } });
    expect(next.lines.some((l) => l.code === "survivorSupplement")).toBe(true);
    expect(eighty.estimatedGrossOre).toBeGreaterThan(supplement);
  });
});

describe("voluntary tax room", () => {
  it("a care-home resident's room leaves the municipality's deduction and tax paid, never below zero", async () => {
    const user = await userFor("care-home");
    const room = await voluntaryTaxRoom(user, "2027-01");
    const latest = await db().payment.findFirstOrThrow({
      where: { personId: user.personId, periodMonth: { lt: "2026-12" } },
      orderBy: { periodMonth: "desc" },
      select: { lines: true },
    });
    const gross = latest.lines.filter((l) => l.amountOre > 0).reduce((a, l) => a + l.amountOre, 0);
    expect(room.maxAmountOre).toBeGreaterThanOrEqual(0);
    expect(room.maxAmountOre).toBeLessThan(gross);
  });
});
