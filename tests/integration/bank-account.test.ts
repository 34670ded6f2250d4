import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { accountHistory, changeAccount, recentAccountChange } from "@/lib/server/data/bank-account";
import { db } from "@/lib/server/db";
import { ibanFor, norwegianAccountFor } from "@/lib/domain/bank-account";
import { today } from "@/lib/clock";
import { userFor } from "../support/users";

const TODAY = today();
const norwegian = (ten: string) => ({
  kind: "NORWEGIAN" as const,
  accountNumber: (norwegianAccountFor(ten) ?? norwegianAccountFor(String(Number(ten) + 1)))!,
  countryCode: "NO" as const,
  currency: "NOK" as const,
});

describe("changing the bank account", () => {
  it("keeps the old account in the history, moves unpaid payments, audits and notifies, once", async () => {
    const user = await userFor("full");
    const before = await accountHistory(user);
    const key = crypto.randomUUID();
    const opts = { idempotencyKey: key, basedOn: before.current!.id, today: TODAY };
    const [a, b] = await Promise.all([changeAccount(user, norwegian("9710123456"), opts), changeAccount(user, norwegian("9710123456"), opts)]);
    expect(a).toEqual(b);
    const after = await accountHistory(user);
    expect(after.history).toHaveLength(2);
    expect(after.history.find((h) => h.id === before.current!.id)?.validTo).toBe(TODAY);
    expect(after.current?.masked).toMatch(/^•••• \d{4}$/);
    // 2026-11-12 is more than seven days before the 20 November payment: November goes to the new account.
    const november = await db().payment.findFirstOrThrow({ where: { personId: user.personId, periodMonth: "2026-11" }, select: { bankAccountId: true } });
    expect(november.bankAccountId).toBe(after.current!.id);
    const october = await db().payment.findFirstOrThrow({ where: { personId: user.personId, periodMonth: "2026-10" }, select: { bankAccountId: true } });
    expect(october.bankAccountId).toBe(before.current!.id);
    expect(await db().case.count({ where: { personId: user.personId, type: "BANK_ACCOUNT" } })).toBe(1);
    expect(await db().message.count({ where: { personId: user.personId, subject: "Kontonummeret ditt er endret" } })).toBe(1);
    expect(await db().accessLog.count({ where: { subjectId: user.personId, dataKind: "BANK_ACCOUNT", purpose: "CHANGE" } })).toBe(1);
    expect(await recentAccountChange(user, TODAY)).toBe(TODAY);
    expect(await recentAccountChange(user, "2027-01-20")).toBeNull();
  });

  it("does not overwrite a change made in another tab", async () => {
    const user = await userFor("abroad");
    const shown = (await accountHistory(user)).current!.id;
    const first = await changeAccount(
      user,
      { kind: "FOREIGN", accountNumber: ibanFor("DE", "370400440532013000"), bic: "COBADEFFXXX", bankName: "Commerzbank", countryCode: "DE", currency: "EUR" },
      { idempotencyKey: crypto.randomUUID(), basedOn: shown, today: TODAY },
    );
    expect(first.ok).toBe(true);
    const stale = await changeAccount(user, norwegian("1234567890"), { idempotencyKey: crypto.randomUUID(), basedOn: shown, today: TODAY });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await accountHistory(user)).current).toMatchObject({ foreign: true, countryCode: "DE", bankName: "Commerzbank" });
  });

  it("another person's session cannot use someone's form", async () => {
    const owner = await userFor("widowed");
    const key = crypto.randomUUID();
    const basedOn = (await accountHistory(owner)).current!.id;
    await changeAccount(owner, norwegian("1111222233"), { idempotencyKey: key, basedOn, today: TODAY });
    const intruder = await userFor("graded");
    const intruderBefore = await accountHistory(intruder);
    expect(await changeAccount(intruder, norwegian("1111222233"), { idempotencyKey: key, basedOn, today: TODAY })).toEqual({ ok: false, reason: "used" });
    expect(await changeAccount(intruder, norwegian("1111222233"), { idempotencyKey: crypto.randomUUID(), basedOn, today: TODAY })).toEqual({
      ok: false,
      reason: "conflict",
    });
    expect((await accountHistory(intruder)).history).toEqual(intruderBefore.history);
  });
});
