import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { registerVoluntaryTax, caseReceipt } from "@/lib/server/data/voluntary-tax-change";
import { taxOverview, voluntaryTaxFrom } from "@/lib/server/data/tax";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { userFor } from "../support/users";

const TODAY = today();
const key = () => crypto.randomUUID();

describe("voluntary tax changes are saved exactly once", () => {
  it("the same form submitted twice, or twice at once, gives one case and one deduction", async () => {
    const user = await userFor("full");
    const k = key();
    const change = { kind: "amount" as const, amountOre: 80_000 };
    const first = await registerVoluntaryTax(user, change, { idempotencyKey: k, basedOn: "none", today: TODAY });
    const again = await registerVoluntaryTax(user, change, { idempotencyKey: k, basedOn: "none", today: TODAY });
    expect(first).toEqual(again);
    const k2 = key();
    // A form opened before the first change (basedOn "none") is now stale: refused, nothing saved.
    const stale = await Promise.all(
      [1, 2].map(() => registerVoluntaryTax(user, { kind: "percent", percent: 3 }, { idempotencyKey: k2, basedOn: "none", today: TODAY })),
    );
    expect(stale).toEqual([
      { ok: false, reason: "conflict" },
      { ok: false, reason: "conflict" },
    ]);
    expect(await db().case.count({ where: { personId: user.personId, type: "VOLUNTARY_TAX" } })).toBe(1);
    const rows = await db().voluntaryTax.findMany({ where: { personId: user.personId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fromMonth: "2026-12", amountOre: 80_000 });
  });

  it("concurrent submits of a valid form create exactly one case", async () => {
    const user = await userFor("stopped");
    const k = key();
    const results = await Promise.all(
      [1, 2, 3].map(() => registerVoluntaryTax(user, { kind: "amount", amountOre: 10_000 }, { idempotencyKey: k, basedOn: "none", today: TODAY })),
    );
    expect(new Set(results.map((r) => (r.ok ? r.caseId : "refused"))).size).toBe(1);
    expect(await db().case.count({ where: { personId: user.personId, type: "VOLUNTARY_TAX" } })).toBe(1);
  });

  it("a change made in another tab since the form was opened is not overwritten", async () => {
    const user = await userFor("graded");
    const shown = await voluntaryTaxFrom(user, "2026-12");
    expect(shown?.tax).toEqual({ kind: "amount", amountOre: 50_000 });
    const otherTab = await registerVoluntaryTax(user, { kind: "amount", amountOre: 70_000 }, { idempotencyKey: key(), basedOn: shown!.id, today: TODAY });
    expect(otherTab.ok).toBe(true);
    const stale = await registerVoluntaryTax(user, { kind: "stop" }, { idempotencyKey: key(), basedOn: shown!.id, today: TODAY });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await voluntaryTaxFrom(user, "2026-12"))?.tax).toEqual({ kind: "amount", amountOre: 70_000 });
    // The old deduction ends the month before the new one starts.
    const old = await db().voluntaryTax.findUniqueOrThrow({ where: { id: shown!.id } });
    expect(old.toMonth).toBe("2026-11");
  });

  it("someone else's idempotency key or receipt gives nothing", async () => {
    const owner = await userFor("abroad");
    const k = key();
    const mine = await registerVoluntaryTax(owner, { kind: "amount", amountOre: 5_000 }, { idempotencyKey: k, basedOn: "none", today: TODAY });
    const intruder = await userFor("widowed");
    expect(await registerVoluntaryTax(intruder, { kind: "amount", amountOre: 5_000 }, { idempotencyKey: k, basedOn: "none", today: TODAY })).toEqual({
      ok: false,
      reason: "used",
    });
    expect(await caseReceipt(intruder, (mine as { caseId: string }).caseId)).toBeNull();
    expect(await caseReceipt(owner, (mine as { caseId: string }).caseId)).toMatchObject({ type: "VOLUNTARY_TAX", status: "DECIDED" });
  });
});

describe("tax overview", () => {
  it("matches the tax card, and warns when the card implies more tax than was withheld", async () => {
    const user = await userFor("long-history");
    const before = await taxOverview(user, TODAY);
    expect(before.card?.basis).toEqual({ kind: "table", table: "7102" });
    expect(before.looksLow).toBe(false);
    expect(before.yearToDate.grossOre).toBeGreaterThan(0);
    await db().taxCard.update({ where: { personId_year: { personId: user.personId, year: 2026 } }, data: { kind: "PERCENT", tableNumber: null, percent: 45 } });
    expect((await taxOverview(user, TODAY)).looksLow).toBe(true);
  });
});
