export const FIRST_YEAR = 2015;

/** The year asked for, when it is one the calendar covers; otherwise the current year. */
export function calendarYear(value: string | undefined, current: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= current + 2 ? year : current;
}
