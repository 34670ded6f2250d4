import "server-only";
import { type IsoDate, osloDate, type YearMonth } from "../../domain/calendar";
import { ordinaryWithholding, type TaxBasis, type VoluntaryTax } from "../../domain/tax";
import { sumTotals, totalsOf, type PaymentTotals } from "../../domain/payment-lines";
import { effectiveMonth, voluntaryTaxLimit, type VoluntaryTaxLimit, withholdingLooksLow } from "../../domain/voluntary-tax";
import { pensionProfile, withCarried } from "./pension-profile";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";
import { day, paymentSelect } from "./payments";

type TaxCardDto = { year: number; basis: TaxBasis; fetchedAt: string; source: string };
export type VoluntaryTaxDto = { id: string; tax: VoluntaryTax; fromMonth: YearMonth };

export type TaxOverview = {
  card: TaxCardDto | null;
  yearToDate: PaymentTotals;
  expectedTaxOre: number;
  looksLow: boolean;
  voluntary: VoluntaryTaxDto | null;
};

function basisOf(card: { kind: string; tableNumber: string | null; percent: unknown }): TaxBasis {
  if (card.kind === "TABLE" && card.tableNumber) return { kind: "table", table: card.tableNumber };
  if (card.kind === "PERCENT") return { kind: "percent", percent: Number(card.percent) };
  return { kind: "flat" };
}

type Client = Pick<ReturnType<typeof db>, "voluntaryTax">;

/**
 * The voluntary deduction that is in force or scheduled from `month` on: the
 * one a change made today would replace. One definition for the form and the save.
 */
export async function voluntaryTaxFrom(user: Pick<User, "personId">, month: YearMonth, client: Client = db()): Promise<VoluntaryTaxDto | null> {
  const row = await client.voluntaryTax.findFirst({
    where: { personId: user.personId, OR: [{ toMonth: null }, { toMonth: { gte: month } }] },
    orderBy: { fromMonth: "desc" },
    select: { id: true, amountOre: true, percent: true, fromMonth: true },
  });
  if (!row) return null;
  const tax: VoluntaryTax = row.amountOre !== null ? { kind: "amount", amountOre: row.amountOre } : { kind: "percent", percent: Number(row.percent) };
  return { id: row.id, tax, fromMonth: row.fromMonth };
}

/**
 * The tax card in use, what has been withheld this year, and whether that
 * looks low against what the current card implies for the same payments.
 */
export async function taxOverview(user: User, today: IsoDate): Promise<TaxOverview> {
  const year = Number(today.slice(0, 4));
  const [cardRow, payments, voluntary] = await Promise.all([
    db().taxCard.findUnique({ where: { personId_year: { personId: user.personId, year } } }),
    db().payment.findMany({
      where: { personId: user.personId, paymentDate: { gte: day(`${year}-01-01`), lte: day(today) } },
      select: paymentSelect,
    }),
    voluntaryTaxFrom(user, effectiveMonth(today)),
  ]);
  await logAccess(user, "READ_PAYMENTS", ["TAX", "PAYMENTS"]);
  const card = cardRow && { year, basis: basisOf(cardRow), fetchedAt: osloDate(cardRow.fetchedAt), source: cardRow.source };
  const yearToDate = sumTotals(payments.map((p) => totalsOf(p.lines)));
  const expectedTaxOre = card ? payments.reduce((acc, p) => acc + ordinaryWithholding(totalsOf(p.lines).grossOre, card.basis, p.periodMonth), 0) : 0;
  return {
    card,
    yearToDate,
    expectedTaxOre,
    looksLow: withholdingLooksLow(yearToDate.taxOre + yearToDate.voluntaryTaxOre, expectedTaxOre),
    voluntary,
  };
}

/**
 * How much voluntary tax the person's coming payments can carry without the
 * net going below zero (see voluntaryTaxLimit), from the pension as stored and
 * what the newest payment carries (deductions to others, supplements).
 */
export async function voluntaryTaxRoom(user: User, from: YearMonth): Promise<VoluntaryTaxLimit> {
  const [profile, latest] = await Promise.all([
    pensionProfile(user.personId),
    db().payment.findFirst({ where: { personId: user.personId }, orderBy: { periodMonth: "desc" }, select: { lines: paymentSelect.lines } }),
  ]);
  await logAccess(user, "READ_PAYMENTS", ["PENSION", "PAYMENTS"]);
  if (!profile) return { maxAmountOre: 0, maxPercent: 0 };
  return voluntaryTaxLimit(withCarried(profile, latest?.lines ?? [], from), from);
}
