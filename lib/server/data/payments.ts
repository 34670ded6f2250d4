import "server-only";
import { addDays, daysBetween, type IsoDate, type YearMonth, dayOf, monthOf } from "../../domain/calendar";
import { totalsOf, type PaymentLine, type PaymentTotals } from "../../domain/payment-lines";
import { isEstimatedDate, UPCOMING_VISIBLE_DAYS } from "../../domain/payment-dates";
import { type Period, periodDates } from "../../domain/periods";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";

export type PaymentDto = {
  id: string;
  periodMonth: YearMonth;
  date: IsoDate;
  estimatedDate: boolean;
  upcoming: boolean;
  lines: PaymentLine[];
  totals: PaymentTotals;
};

export const day = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

export const paymentSelect = {
  id: true,
  periodMonth: true,
  paymentDate: true,
  estimatedDate: true,
  lines: {
    orderBy: { position: "asc" as const },
    select: { type: true, code: true, amountOre: true, forMonth: true, recipient: true, taxBasis: true },
  },
};

type PaymentRow = { id: string; periodMonth: string; paymentDate: Date; estimatedDate: boolean; lines: PaymentLine[] };

export function toDto(row: PaymentRow, today: IsoDate): PaymentDto {
  const date = dayOf(row.paymentDate);
  return {
    id: row.id,
    periodMonth: row.periodMonth,
    date,
    estimatedDate: isEstimatedDate(date, today),
    upcoming: date > today,
    lines: row.lines,
    totals: totalsOf(row.lines),
  };
}

/** Upcoming payments are shown from about ten days before the payment date. */
export function visibleFrom(date: IsoDate): IsoDate {
  return addDays(date, -UPCOMING_VISIBLE_DAYS);
}

function isVisible(date: IsoDate, today: IsoDate): boolean {
  return daysBetween(today, date) <= UPCOMING_VISIBLE_DAYS;
}

/** The latest payment date a user may see today. */
export const visibleUntil = (today: IsoDate) => day(addDays(today, UPCOMING_VISIBLE_DAYS));

/**
 * Payments for the user's own person, newest first, excluding upcoming ones
 * not yet visible. Always scoped by the session's person.
 */
export async function listPayments(user: User, today: IsoDate, opts: { take?: number } = {}): Promise<PaymentDto[]> {
  const rows = await db().payment.findMany({
    where: { personId: user.personId, paymentDate: { lte: visibleUntil(today) } },
    orderBy: { paymentDate: "desc" },
    take: opts.take,
    select: paymentSelect,
  });
  await logAccess(user, "READ_PAYMENTS", ["PAYMENTS"]);
  return rows.map((r) => toDto(r, today));
}

/** One page of the payments whose payment date falls in the period. */
export async function listPaymentsInPeriod(
  user: User,
  today: IsoDate,
  period: Period,
  page: number,
  pageSize: number,
): Promise<{ items: PaymentDto[]; total: number }> {
  const { from, to } = periodDates(period);
  const lastVisible = visibleUntil(today);
  const where = {
    personId: user.personId,
    paymentDate: { gte: day(from), lte: day(to) < lastVisible ? day(to) : lastVisible },
  };
  const [total, rows] = await Promise.all([
    db().payment.count({ where }),
    db().payment.findMany({ where, orderBy: { paymentDate: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select: paymentSelect }),
  ]);
  await logAccess(user, "READ_PAYMENTS", ["PAYMENTS"]);
  return { items: rows.map((r) => toDto(r, today)), total };
}

/** The first payment after today, whether or not its amount is visible yet. */
export async function nextPayment(user: User, today: IsoDate): Promise<(PaymentDto & { amountVisible: boolean }) | null> {
  const row = await db().payment.findFirst({
    where: { personId: user.personId, paymentDate: { gt: day(today) } },
    orderBy: { paymentDate: "asc" },
    select: paymentSelect,
  });
  if (!row) return null;
  await logAccess(user, "READ_PAYMENTS", ["PAYMENTS"]);
  const dto = toDto(row, today);
  return { ...dto, amountVisible: isVisible(dto.date, today) };
}

/** The month of the user's first payment, to bound the period chooser. */
export async function firstPaymentMonth(user: User): Promise<YearMonth | null> {
  const row = await db().payment.findFirst({
    where: { personId: user.personId },
    orderBy: { paymentDate: "asc" },
    select: { paymentDate: true },
  });
  return row ? monthOf(dayOf(row.paymentDate)) : null;
}
