/**
 * Calendar arithmetic on ISO dates ("2025-01-20") and months ("2025-01").
 * Plain strings keep the domain free of time zones: a payment date is a day
 * in Norway, not an instant. The day arithmetic here runs in the payment plan's
 * inner loops, so it stays plain UTC arithmetic on days (date-fns with a time
 * zone context made the property tests several times slower). Where an instant
 * becomes a day, date-fns does it in Norway's time zone (osloDate, dayOf).
 */
import { formatISO } from "date-fns";
import { tz } from "@date-fns/tz";

export type IsoDate = string;
export type YearMonth = string;

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error("Invalid ISO date");
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function yearMonth(year: number, month: number): YearMonth {
  return `${year}-${pad(month)}`;
}

export function parseYearMonth(ym: YearMonth): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new Error("Invalid year-month");
  return { year: Number(m[1]), month: Number(m[2]) };
}

export function monthOf(date: IsoDate): YearMonth {
  return date.slice(0, 7);
}

export function addMonths(ym: YearMonth, n: number): YearMonth {
  const { year, month } = parseYearMonth(ym);
  const index = year * 12 + (month - 1) + n;
  return yearMonth(Math.floor(index / 12), (index % 12) + 1);
}

export function monthsBetween(from: YearMonth, to: YearMonth): number {
  const a = parseYearMonth(from);
  const b = parseYearMonth(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Inclusive list of months from `from` to `to`. */
export function monthRange(from: YearMonth, to: YearMonth): YearMonth[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, i) => addMonths(from, i));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function addDays(date: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + n));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

const OSLO = tz("Europe/Oslo");
const UTC = tz("UTC");

/** The calendar date in Norway for an instant (a timestamp such as "revoked at"); also turns the clock into "today". */
export function osloDate(instant: Date): IsoDate {
  return formatISO(instant, { representation: "date", in: OSLO });
}

/**
 * The day a date column holds. PostgreSQL's `date` comes back as midnight UTC,
 * so it is read in UTC; an instant (a timestamp column) takes osloDate instead.
 */
export function dayOf(column: Date): IsoDate {
  return formatISO(column, { representation: "date", in: UTC });
}

/** dayOf for a column that may be empty. */
export const dayOrNull = (column: Date | null): IsoDate | null => (column ? dayOf(column) : null);
