import "server-only";
import { addDays, daysBetween, type IsoDate, type YearMonth } from "../../domain/calendar";
import { totalsOf, type PaymentLine, type PaymentTotals } from "../../domain/payment-lines";
import { UPCOMING_VISIBLE_DAYS } from "../../domain/payment-dates";
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

const iso = (d: Date): IsoDate => d.toISOString().slice(0, 10);

const paymentSelect = {
  id: true,
  periodMonth: true,
  paymentDate: true,
  estimatedDate: true,
  lines: {
    orderBy: { position: "asc" as const },
    select: { type: true, code: true, amountOre: true, forMonth: true, recipient: true, taxBasis: true },
  },
};

type PaymentRow = {
  id: string;
  periodMonth: string;
  paymentDate: Date;
  estimatedDate: boolean;
  lines: PaymentLine[];
};

function toDto(row: PaymentRow, today: IsoDate): PaymentDto {
  const date = iso(row.paymentDate);
  return {
    id: row.id,
    periodMonth: row.periodMonth,
    date,
    estimatedDate: row.estimatedDate,
    upcoming: date > today,
    lines: row.lines,
    totals: totalsOf(row.lines),
  };
}

/** Upcoming payments are shown from about ten days before the payment date. */
export function visibleFrom(date: IsoDate): IsoDate {
  return addDays(date, -UPCOMING_VISIBLE_DAYS);
}

export function isVisible(date: IsoDate, today: IsoDate): boolean {
  return daysBetween(today, date) <= UPCOMING_VISIBLE_DAYS;
}

/**
 * Payments for the user's own person, newest first, excluding upcoming ones
 * not yet visible. Always scoped by the session's person.
 */
export async function listPayments(user: User, today: IsoDate, opts: { take?: number } = {}): Promise<PaymentDto[]> {
  const rows = await db().payment.findMany({
    where: { personId: user.personId, paymentDate: { lte: new Date(`${addDays(today, UPCOMING_VISIBLE_DAYS)}T00:00:00Z`) } },
    orderBy: { paymentDate: "desc" },
    take: opts.take,
    select: paymentSelect,
  });
  await logAccess(user, user.personId, ["PAYMENTS"]);
  return rows.map((r) => toDto(r, today));
}

/** The first payment after today, whether or not its amount is visible yet. */
export async function nextPayment(user: User, today: IsoDate): Promise<(PaymentDto & { amountVisible: boolean }) | null> {
  const row = await db().payment.findFirst({
    where: { personId: user.personId, paymentDate: { gt: new Date(`${today}T00:00:00Z`) } },
    orderBy: { paymentDate: "asc" },
    select: paymentSelect,
  });
  if (!row) return null;
  await logAccess(user, user.personId, ["PAYMENTS"]);
  const dto = toDto(row, today);
  return { ...dto, amountVisible: isVisible(dto.date, today) };
}
