import "server-only";
import { addDays, type IsoDate, dayOf } from "../../domain/calendar";
import { maskAccount } from "../../domain/bank-account";
import { firstPaymentToNewAccount, type NewAccount, RECENT_CHANGE_DAYS } from "../../domain/account-change";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";
import { day } from "./payments";
import { Conflict, exactlyOnce, recordCase, type SubmitResult, personTransaction } from "./exactly-once";
import { formatMonth } from "../../format";

export const CASE_TYPE = "BANK_ACCOUNT";

export type AccountRow = {
  id: string;
  masked: string;
  foreign: boolean;
  countryCode: string;
  currency: string;
  bankName: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
};

const select = { id: true, kind: true, accountNumber: true, countryCode: true, currency: true, bankName: true, validFrom: true, validTo: true } as const;

function toRow(a: {
  id: string;
  kind: string;
  accountNumber: string;
  countryCode: string;
  currency: string;
  bankName: string | null;
  validFrom: Date;
  validTo: Date | null;
}): AccountRow {
  return {
    id: a.id,
    masked: maskAccount(a.accountNumber),
    foreign: a.kind === "FOREIGN",
    countryCode: a.countryCode,
    currency: a.currency,
    bankName: a.bankName,
    validFrom: dayOf(a.validFrom),
    validTo: a.validTo ? dayOf(a.validTo) : null,
  };
}

/** The account in use and the history, newest first. Numbers are masked before they leave the server. */
export async function accountHistory(user: User): Promise<{ current: AccountRow | null; history: AccountRow[] }> {
  const rows = await db().bankAccount.findMany({ where: { personId: user.personId }, orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }], select });
  await logAccess(user, "READ_PAYMENTS", ["BANK_ACCOUNT"]);
  const history = rows.map(toRow);
  return { current: history.find((r) => r.validTo === null) ?? null, history };
}

/** When the account was last changed, if within the last 30 days: the portal warns on every visit. */
export async function recentAccountChange(user: User, today: IsoDate): Promise<IsoDate | null> {
  const row = await db().bankAccount.findFirst({
    where: { personId: user.personId, validTo: null, caseId: { not: null }, validFrom: { gte: day(addDays(today, -RECENT_CHANGE_DAYS)) } },
    select: { validFrom: true },
  });
  return row ? dayOf(row.validFrom) : null;
}

/**
 * Replaces the account exactly once (the form's idempotency key is unique) and
 * only if the account shown in the form is still the one in use (no lost
 * update). The old account stays in the history; unpaid payments from the
 * first affected month go to the new one; the change is audited and a message
 * is placed in the inbox.
 */
export async function changeAccount(user: User, account: NewAccount, opts: { idempotencyKey: string; basedOn: string; today: IsoDate }): Promise<SubmitResult> {
  const firstMonth = firstPaymentToNewAccount(opts.today);
  return exactlyOnce(user, opts.idempotencyKey, CASE_TYPE, () =>
    personTransaction(user, "CHANGE_BANK_ACCOUNT", async (tx) => {
      const current = await tx.bankAccount.findFirst({ where: { personId: user.personId, validTo: null }, select: { id: true } });
      if ((current?.id ?? "none") !== opts.basedOn) throw new Conflict();
      const created = {
        id: await recordCase(tx, user, {
          type: CASE_TYPE,
          need: "CHANGE_BANK_ACCOUNT",
          idempotencyKey: opts.idempotencyKey,
          payload: { kind: account.kind, masked: maskAccount(account.accountNumber), countryCode: account.countryCode, firstMonth },
          decided: true,
          message: {
            subject: "Kontonummeret ditt er endret",
            body: `Vi har registrert nytt kontonummer (${maskAccount(account.accountNumber)}). Utbetalingen for ${formatMonth(firstMonth, "nb")} går til den nye kontoen. Ring oss på 55 55 33 34 hvis det ikke var deg som gjorde endringen.`,
          },
          audit: "BANK_ACCOUNT",
        }),
      };
      if (current) await tx.bankAccount.update({ where: { id: current.id }, data: { validTo: day(opts.today) } });
      const fresh = await tx.bankAccount.create({
        data: {
          personId: user.personId,
          kind: account.kind,
          accountNumber: account.accountNumber,
          bic: account.kind === "FOREIGN" ? account.bic : null,
          bankName: account.kind === "FOREIGN" ? account.bankName : null,
          countryCode: account.countryCode,
          currency: account.currency,
          validFrom: day(opts.today),
          caseId: created.id,
        },
        select: { id: true },
      });
      await tx.payment.updateMany({
        where: { personId: user.personId, periodMonth: { gte: firstMonth }, paymentDate: { gt: day(opts.today) } },
        data: { bankAccountId: fresh.id },
      });
      return created.id;
    }),
  );
}

/** The full number in use, for the "same as current" check only; never sent to the browser. */
export async function currentAccountNumber(user: User): Promise<string | null> {
  const row = await db().bankAccount.findFirst({ where: { personId: user.personId, validTo: null }, select: { accountNumber: true } });
  return row?.accountNumber ?? null;
}

/** A bank-account case's receipt, only for its own person. */
export async function accountReceipt(user: User, caseId: string) {
  if (!/^[0-9a-f-]{36}$/.test(caseId)) return null;
  const row = await db().case.findFirst({ where: { id: caseId, personId: user.personId, type: "BANK_ACCOUNT" }, select: { payload: true, decidedAt: true } });
  await logAccess(user, "READ_PAYMENTS", ["CASES", "BANK_ACCOUNT"]);
  return row ? { ...(row.payload as { masked: string; firstMonth: string; countryCode: string }), decidedAt: row.decidedAt } : null;
}
