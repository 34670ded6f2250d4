import "server-only";
import { type IsoDate } from "../../domain/calendar";
import { sumTotals, type PaymentTotals } from "../../domain/payment-lines";
import { type Period, periodDates } from "../../domain/periods";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";
import { day, paymentSelect, type PaymentDto, toDto, visibleUntil } from "./payments";

export type YearSummary = { year: number; payments: number; totals: PaymentTotals };

/** Totals per calendar year of payment, newest year first, from the same per-payment totals as every screen. */
export async function yearSummaries(user: User, today: IsoDate): Promise<YearSummary[]> {
  const rows = await db().payment.findMany({
    where: { personId: user.personId, paymentDate: { lte: day(today) } },
    select: paymentSelect,
  });
  await logAccess(user, "READ_PAYMENTS", ["PAYMENTS"]);
  const byYear = new Map<number, PaymentDto[]>();
  for (const p of rows.map((r) => toDto(r, today))) {
    const year = Number(p.date.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  return [...byYear.entries()].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, payments: list.length, totals: sumTotals(list.map((p) => p.totals)) }));
}

export type Statement = {
  name: string;
  period: Period;
  payments: PaymentDto[];
  totals: PaymentTotals;
};

/** Everything a payment statement (PDF, CSV) shows for a period, oldest first. No identity number. */
export async function paymentStatement(user: User, today: IsoDate, period: Period): Promise<Statement> {
  const { from, to } = periodDates(period);
  const lastVisible = visibleUntil(today);
  const [person, rows] = await Promise.all([
    db().person.findUniqueOrThrow({ where: { id: user.personId }, select: { givenName: true, familyName: true } }),
    db().payment.findMany({
      where: { personId: user.personId, paymentDate: { gte: day(from), lte: day(to) < lastVisible ? day(to) : lastVisible } },
      orderBy: { paymentDate: "asc" },
      select: paymentSelect,
    }),
  ]);
  await logAccess(user, "READ_PAYMENTS", ["PERSON", "PAYMENTS"], "STATEMENT");
  const payments = rows.map((r) => toDto(r, today));
  return { name: `${person.givenName} ${person.familyName}`, period, payments, totals: sumTotals(payments.map((p) => p.totals)) };
}
