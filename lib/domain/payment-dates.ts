import { isoDate, type IsoDate, parseYearMonth, type YearMonth } from "./calendar";
import { workingDayOnOrBefore } from "./holidays";

/** Dates Nav has published. Any other month's date is our own estimate until it has passed. */
const OFFICIAL: Record<number, readonly number[]> = {
  2025: [20, 20, 20, 16, 16, 20, 18, 20, 19, 20, 20, 12],
};

const ORDINARY_PAYMENT_DAY = 20;
/** May is paid before Constitution Day (17 May): 2025 was paid on the 16th. */
const MAY_PAYMENT_DAY = 16;
/** December is paid early; Nav's published dates put it on the 12th. */
const DECEMBER_PAYMENT_DAY = 12;

/**
 * `published`: Nav has published the date. `estimated`: the date is our own
 * estimate *and* still ahead of `today`. A date that has passed is the date
 * the money was paid, so it is never an estimate.
 */
export type PaymentDate = { date: IsoDate; published: boolean; estimated: boolean };

/**
 * The estimate rule: the 20th (May the 16th, December the 12th), moved back to
 * the nearest working day. It reproduces every published 2025 date (tested).
 */
export function ruleDate(month: YearMonth): IsoDate {
  const { year, month: m } = parseYearMonth(month);
  const day = m === 12 ? DECEMBER_PAYMENT_DAY : m === 5 ? MAY_PAYMENT_DAY : ORDINARY_PAYMENT_DAY;
  return workingDayOnOrBefore(isoDate(year, m, day));
}

/** The date a month is paid on: Nav's published one, or the rule's. */
export function scheduledDate(month: YearMonth): { date: IsoDate; published: boolean } {
  const { year, month: m } = parseYearMonth(month);
  const official = OFFICIAL[year];
  return official ? { date: isoDate(year, m, official[m - 1]), published: true } : { date: ruleDate(month), published: false };
}

export function paymentDate(month: YearMonth, today: IsoDate): PaymentDate {
  const { date, published } = scheduledDate(month);
  return { date, published, estimated: !published && date > today };
}

export function paymentCalendar(year: number, today: IsoDate): Array<PaymentDate & { month: YearMonth }> {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, "0")}`;
    return { month, ...paymentDate(month, today) };
  });
}

export function hasOfficialDates(year: number): boolean {
  return year in OFFICIAL;
}

/** Whether a stored payment date is still an estimate on `today`. */
export function isEstimatedDate(date: IsoDate, today: IsoDate): boolean {
  return !hasOfficialDates(Number(date.slice(0, 4))) && date > today;
}

/** Upcoming payments become visible this many days before the payment date. */
export const UPCOMING_VISIBLE_DAYS = 10;

/** The first year the payment calendar shows. */
export const FIRST_YEAR = 2015;

/** The year asked for, when it is one the calendar covers; otherwise the current year. */
export function calendarYear(value: string | undefined, current: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= current + 2 ? year : current;
}
