import { addMonths, type IsoDate, monthRange, parseYearMonth, type YearMonth } from "./calendar";
import { fullAmountFor, paidAmountFor, ADJUSTMENT_PAID_MONTH } from "./adjustment";
import { type DrawGradePeriod, gradeAt } from "./draw-grade";
import { type Ore, percentOf, roundToKrone } from "./money";
import { paymentDate, scheduledDate } from "./payment-dates";
import { totalsOf, type PaymentLine } from "./payment-lines";
import { isTaxFreeMonth, ordinaryWithholding, type TaxBasis, voluntaryWithholding, type VoluntaryTax } from "./tax";

type Dated<T> = T & { from: YearMonth; to?: YearMonth | null };

/** Everything needed to derive a person's monthly payments. */
export type PensionProfile = {
  startMonth: YearMonth;
  /** The full (100 %) monthly retirement pension in force at the start month. */
  fullAmountAtStart: Ore;
  /** A monthly supplement at 100 % (e.g. the pension supplement), adjusted like the pension. */
  supplementAtStart?: Ore;
  drawGrades: DrawGradePeriod[];
  taxBases: Dated<{ basis: TaxBasis }>[];
  voluntaryTax?: Dated<{ tax: VoluntaryTax }>[];
  /** Extra income lines such as a survivor supplement (not graded). */
  extras?: Dated<{ code: string; amountOre: Ore }>[];
  /** Deductions paid to someone else, e.g. the care-home contribution. */
  deductions?: Dated<{ code: string; amountOre: Ore; recipient: string }>[];
};

export type PlannedPayment = {
  month: YearMonth;
  date: IsoDate;
  /** The date is not one Nav has published: an estimate until it has passed (see isEstimatedDate). */
  estimatedDate: boolean;
  lines: PaymentLine[];
};

function activeIn<T>(items: Dated<T>[] | undefined, month: YearMonth): Dated<T>[] {
  return (items ?? []).filter((i) => i.from <= month && (!i.to || month <= i.to));
}

function latestIn<T>(items: Dated<T>[] | undefined, month: YearMonth): Dated<T> | undefined {
  return activeIn(items, month)
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
}

function basisLabel(basis: TaxBasis): string {
  if (basis.kind === "table") return `table:${basis.table}`;
  if (basis.kind === "percent") return `percent:${basis.percent}`;
  return "flat:30";
}

/**
 * Back pay for May, paid in June: the difference between the new and the old
 * rate at May's grade. Owed to everyone who was paid for May, also when the
 * pension is lowered or stopped from June.
 */
function mayBackPay(profile: PensionProfile, june: YearMonth): Ore {
  if (parseYearMonth(june).month !== ADJUSTMENT_PAID_MONTH) return 0;
  const may = addMonths(june, -1);
  const mayGrade = gradeAt(profile.drawGrades, may);
  if (may < profile.startMonth || !mayGrade) return 0;
  return [profile.fullAmountAtStart, profile.supplementAtStart ?? 0].reduce(
    (acc, atStart) =>
      acc +
      roundToKrone(percentOf(fullAmountFor(atStart, profile.startMonth, may), mayGrade)) -
      roundToKrone(percentOf(paidAmountFor(atStart, profile.startMonth, may), mayGrade)),
    0,
  );
}

/**
 * The lines of the payment for one month, or null when nothing is paid.
 * Deductions are taken in order (ordinary tax, amounts owed to others, then
 * voluntary extra tax), each at most what is left, so the net is never negative.
 */
export function planMonth(profile: PensionProfile, month: YearMonth): PlannedPayment | null {
  const grade = gradeAt(profile.drawGrades, month);
  if (grade === null || month < profile.startMonth) return null;
  const lines: PaymentLine[] = [];
  // Monthly amounts are paid in whole kroner.
  const graded = (full: Ore) => roundToKrone(percentOf(full, grade));
  const paid = (atStart: Ore) => graded(paidAmountFor(atStart, profile.startMonth, month));

  if (grade > 0) {
    lines.push({ type: "PENSION", code: "retirementPension", amountOre: paid(profile.fullAmountAtStart) });
    if (profile.supplementAtStart) {
      lines.push({ type: "SUPPLEMENT", code: "pensionSupplement", amountOre: paid(profile.supplementAtStart) });
    }
  }
  const backPay = mayBackPay(profile, month);
  if (backPay > 0) lines.push({ type: "BACK_PAY", code: "adjustmentBackPay", amountOre: backPay, forMonth: addMonths(month, -1) });
  for (const extra of activeIn(profile.extras, month)) {
    lines.push({ type: "SUPPLEMENT", code: extra.code, amountOre: extra.amountOre });
  }
  const gross = lines.reduce((acc, l) => acc + l.amountOre, 0);
  if (gross <= 0) return null;

  let left = gross;
  const take = (wanted: Ore) => {
    const taken = Math.max(0, Math.min(wanted, left));
    left -= taken;
    return taken;
  };
  const basis = latestIn(profile.taxBases, month)?.basis ?? { kind: "flat" };
  const tax = take(ordinaryWithholding(gross, basis, month));
  if (tax > 0) lines.push({ type: "TAX", code: "ordinaryTax", amountOre: -tax, taxBasis: basisLabel(basis) });
  const deductions = activeIn(profile.deductions, month).map((d) => ({ ...d, taken: take(d.amountOre) }));
  const voluntary = take(voluntaryWithholding(gross, latestIn(profile.voluntaryTax, month)?.tax ?? null, month));
  if (voluntary > 0) lines.push({ type: "VOLUNTARY_TAX", code: "voluntaryTax", amountOre: -voluntary });
  for (const deduction of deductions) {
    if (deduction.taken > 0) lines.push({ type: "DEDUCTION", code: deduction.code, amountOre: -deduction.taken, recipient: deduction.recipient });
  }
  const { date, published } = scheduledDate(month);
  return { month, date, estimatedDate: !published, lines };
}

/**
 * The most voluntary extra tax a month can carry: what is left of the gross
 * after ordinary tax and amounts owed to others (whole kroner, never below 0).
 * Null for a month without payment or without withholding (December).
 */
export function roomForVoluntaryTax(profile: PensionProfile, month: YearMonth): Ore | null {
  return voluntaryTaxRoomIn(profile, month)?.roomOre ?? null;
}

/** The room for voluntary tax in a month together with the gross it is taken from; null where none is withheld. */
export function voluntaryTaxRoomIn(profile: PensionProfile, month: YearMonth): { roomOre: Ore; grossOre: Ore } | null {
  const planned = planMonth({ ...profile, voluntaryTax: [] }, month);
  if (!planned || isTaxFreeMonth(month)) return null;
  const totals = totalsOf(planned.lines);
  return { roomOre: Math.max(0, Math.floor(totals.netOre / 100) * 100), grossOre: totals.grossOre };
}

/**
 * Payments from the start month through the first payment after `today`
 * (the upcoming one), as the portal would have recorded them by `today`.
 */
export function planPayments(profile: PensionProfile, today: IsoDate): PlannedPayment[] {
  let last = today.slice(0, 7);
  if (paymentDate(last, today).date <= today) last = addMonths(last, 1);
  return monthRange(profile.startMonth, last)
    .map((m) => planMonth(profile, m))
    .filter((p): p is PlannedPayment => p !== null);
}
