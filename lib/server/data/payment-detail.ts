import "server-only";
import { type IsoDate, type YearMonth } from "../../domain/calendar";
import { type DrawGrade, gradeAt } from "../../domain/draw-grade";
import { explainChange, type ChangeReason } from "../../domain/payment-changes";
import { maskAccount } from "../../domain/bank-account";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";
import { day, paymentSelect, type PaymentDto, toDto, visibleUntil } from "./payments";

type AccountDto = { masked: string; foreign: boolean; countryCode: string; bankName: string | null };

export type PaymentDetailDto = PaymentDto & {
  grade: number | null;
  account: AccountDto | null;
  reasons: ChangeReason[];
  previousMonth: YearMonth | null;
  nextMonth: YearMonth | null;
};

/** The user's draw grade history, to tell which grade each payment was made at. */
async function gradeHistory(personId: string) {
  const rows = await db().drawGradePeriod.findMany({
    where: { pension: { personId } },
    select: { fromMonth: true, grade: true },
    orderBy: { fromMonth: "asc" },
  });
  return rows.map((r) => ({ from: r.fromMonth, grade: r.grade as DrawGrade }));
}

/**
 * One payment with its lines, account and why it differs from the one before;
 * null if not visible. `"last paid"` is the newest payment already paid out
 * (the overview asks for it together with everything else, in one round).
 */
export async function paymentDetail(user: User, today: IsoDate, month: YearMonth | "last paid"): Promise<PaymentDetailDto | null> {
  const visible = { personId: user.personId, paymentDate: { lte: visibleUntil(today) } };
  const withAccount = { ...paymentSelect, bankAccount: { select: { kind: true, accountNumber: true, countryCode: true, bankName: true } } };
  /** The newest visible payment before `row`: what it is compared with. */
  const previousOf = (row: { paymentDate: Date }) =>
    db().payment.findFirst({ where: { ...visible, paymentDate: { lt: row.paymentDate } }, orderBy: { paymentDate: "desc" }, select: paymentSelect });
  /** The first visible payment after `date`: where the page's "next" leads. */
  const nextAfter = (date: Date) =>
    db().payment.findFirst({
      where: { ...visible, paymentDate: { ...visible.paymentDate, gt: date } },
      orderBy: { paymentDate: "asc" },
      select: { periodMonth: true },
    });
  /**
   * For the overview, in one round: the two newest payments paid out by today are
   * this one and the one before it, and the next after it is the first after today.
   */
  const lastPaid = async () => {
    const [[newest, before], next] = await Promise.all([
      db().payment.findMany({
        where: { personId: user.personId, paymentDate: { lte: day(today) } },
        orderBy: { paymentDate: "desc" },
        take: 2,
        select: withAccount,
      }),
      nextAfter(day(today)),
    ]);
    if (!newest) return null;
    // Two payments on the same day: the one compared with is further back, as on the payment's own page.
    const previous = !before ? null : before.paymentDate < newest.paymentDate ? before : await previousOf(newest);
    return { row: newest, previous, next };
  };
  const ofMonth = async (month: YearMonth) => {
    const row = await db().payment.findFirst({ where: { ...visible, periodMonth: month }, orderBy: { paymentDate: "desc" }, select: withAccount });
    if (!row) return null;
    const [previous, next] = await Promise.all([previousOf(row), nextAfter(row.paymentDate)]);
    return { row, previous, next };
  };
  const [found, history] = await Promise.all([month === "last paid" ? lastPaid() : ofMonth(month), gradeHistory(user.personId)]);
  if (!found) return null;
  const { row, previous, next } = found;
  await logAccess(user, "READ_PAYMENTS", ["PAYMENTS", "BANK_ACCOUNT", "TAX"]);
  const dto = toDto(row, today);
  const grade = gradeAt(history, row.periodMonth);
  const reasons = previous
    ? explainChange(
        { month: previous.periodMonth, lines: previous.lines, grade: gradeAt(history, previous.periodMonth) },
        { month: row.periodMonth, lines: dto.lines, grade },
      )
    : [];
  const account = row.bankAccount && {
    masked: maskAccount(row.bankAccount.accountNumber),
    foreign: row.bankAccount.kind === "FOREIGN",
    countryCode: row.bankAccount.countryCode,
    bankName: row.bankAccount.bankName,
  };
  return { ...dto, grade, account, reasons, previousMonth: previous?.periodMonth ?? null, nextMonth: next?.periodMonth ?? null };
}
