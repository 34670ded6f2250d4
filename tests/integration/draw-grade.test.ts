import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyDrawGrade, drawGradeOverview } from "@/lib/server/data/draw-grade";
import { caseDetail, letter } from "@/lib/server/data/cases";
import { db } from "@/lib/server/db";
import { userFor } from "../support/users";

describe("applying for a new draw grade", () => {
  it("is decided automatically, with a letter saying so, and unpaid payments follow the new grade", async () => {
    const user = await userFor("long-history");
    const today = "2026-10-15"; // the November payment is still unpaid
    const overview = (await drawGradeOverview(user, today))!;
    expect(overview.current).toBe(100);
    const sixty = overview.options.find((o) => o.grade === 60)!;
    expect(sixty).toMatchObject({ availableNow: true, earliestMonth: "2026-11" });
    const before = await db().payment.findFirstOrThrow({ where: { personId: user.personId, periodMonth: "2026-11" }, select: { lines: true } });
    const pensionBefore = before.lines.find((l) => l.type === "PENSION")!.amountOre;

    const key = crypto.randomUUID();
    const opts = { idempotencyKey: key, basedOn: overview.basedOn, today };
    const [a, b] = await Promise.all([applyDrawGrade(user, 60, opts), applyDrawGrade(user, 60, opts)]);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    const caseId = (a as { caseId: string }).caseId;

    const after = await db().payment.findFirstOrThrow({ where: { personId: user.personId, periodMonth: "2026-11" }, select: { lines: true } });
    const pensionAfter = after.lines.find((l) => l.type === "PENSION")!.amountOre;
    expect(pensionAfter).toBe(Math.round((pensionBefore * 0.6) / 100) * 100);
    expect(after.lines.find((l) => l.type === "TAX")!.amountOre).toBeGreaterThan(before.lines.find((l) => l.type === "TAX")!.amountOre);

    const found = (await caseDetail(user, caseId))!;
    expect(found).toMatchObject({ type: "DRAW_GRADE", status: "DECIDED" });
    expect(found.letters).toHaveLength(1);
    const decision = (await letter(user, found.letters[0].id))!;
    expect(decision.automated).toBe(true);
    expect(decision.body).toMatch(/automatisk/);
    expect(decision.body).toMatch(/kan du klage/);
    expect(decision.body).not.toMatch(/seks uker/);
    expect(await db().drawGradePeriod.count({ where: { caseId } })).toBe(1);

    // The new grade is in force from November: a graded change is now a year away.
    const later = (await drawGradeOverview(user, "2026-11-12"))!;
    expect(later.current).toBe(60);
    expect(later.options.find((o) => o.grade === 40)).toMatchObject({ availableNow: false, earliestMonth: "2027-11", blocker: "oneYearBetweenChanges" });
    expect(await applyDrawGrade(user, 40, { idempotencyKey: crypto.randomUUID(), basedOn: later.basedOn, today: "2026-11-12" })).toEqual({
      ok: false,
      reason: "notAvailable",
    });
  });

  it("does not overwrite a change made elsewhere since the page was opened", async () => {
    const user = await userFor("full");
    const opened = (await drawGradeOverview(user, "2026-11-12"))!;
    expect((await applyDrawGrade(user, 80, { idempotencyKey: crypto.randomUUID(), basedOn: opened.basedOn, today: "2026-11-12" })).ok).toBe(true);
    expect(await applyDrawGrade(user, 0, { idempotencyKey: crypto.randomUUID(), basedOn: opened.basedOn, today: "2026-11-12" })).toEqual({
      ok: false,
      reason: "conflict",
    });
  });

  it("someone else's case and letter are not found", async () => {
    const owner = await userFor("stopped");
    const caseRow = await db().case.findFirstOrThrow({ where: { personId: owner.personId }, select: { id: true, letters: { select: { id: true } } } });
    const intruder = await userFor("graded");
    expect(await caseDetail(intruder, caseRow.id)).toBeNull();
    expect(await letter(intruder, caseRow.letters[0].id)).toBeNull();
    expect(await caseDetail(owner, caseRow.id)).not.toBeNull();
  });
});
