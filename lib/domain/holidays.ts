import { addDays, isoDate, type IsoDate, weekday } from "./calendar";

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** Norway's public holidays (helligdager and 1 and 17 May) in a year. */
export function publicHolidays(year: number): Set<IsoDate> {
  const easter = easterSunday(year);
  return new Set([
    isoDate(year, 1, 1),
    addDays(easter, -3), // Maundy Thursday
    addDays(easter, -2), // Good Friday
    easter,
    addDays(easter, 1), // Easter Monday
    isoDate(year, 5, 1),
    isoDate(year, 5, 17),
    addDays(easter, 39), // Ascension Day
    addDays(easter, 49), // Whit Sunday
    addDays(easter, 50), // Whit Monday
    isoDate(year, 12, 25),
    isoDate(year, 12, 26),
  ]);
}

export function isWorkingDay(date: IsoDate): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !publicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, otherwise the closest working day before it. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}
