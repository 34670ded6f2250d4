import { isoDate, type IsoDate, parseYearMonth, type YearMonth } from "./calendar";
import { workingDayOnOrBefore } from "./holidays";

/** Dates Nav has published. Any other month is an estimate and must be shown as one. */
const OFFICIAL: Record<number, readonly number[]> = {
  2025: [20, 20, 20, 16, 16, 20, 18, 20, 19, 20, 20, 12],
};

export const ORDINARY_PAYMENT_DAY = 20;
/** December is paid early; Nav's published dates put it around the 12th. */
export const DECEMBER_PAYMENT_DAY = 12;

export type PaymentDate = { date: IsoDate; estimated: boolean };

export function paymentDate(month: YearMonth): PaymentDate {
  const { year, month: m } = parseYearMonth(month);
  const official = OFFICIAL[year];
  if (official) return { date: isoDate(year, m, official[m - 1]), estimated: false };
  const day = m === 12 ? DECEMBER_PAYMENT_DAY : ORDINARY_PAYMENT_DAY;
  return { date: workingDayOnOrBefore(isoDate(year, m, day)), estimated: true };
}

export function paymentCalendar(year: number): Array<PaymentDate & { month: YearMonth }> {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, "0")}`;
    return { month, ...paymentDate(month) };
  });
}

export function hasOfficialDates(year: number): boolean {
  return year in OFFICIAL;
}

/** Upcoming payments become visible this many days before the payment date. */
export const UPCOMING_VISIBLE_DAYS = 10;
