import { addMonths, daysInMonth, type IsoDate, monthOf, parseYearMonth, type YearMonth } from "./calendar";

/** The period chips on the payment list, as on Nav's own payment overview. */
export const PERIOD_KINDS = ["siste3", "iar", "ifjor", "egen"] as const;
type PeriodKind = (typeof PERIOD_KINDS)[number];

export type Period = { kind: PeriodKind; from: YearMonth; to: YearMonth };
export type PeriodError = "fromInvalid" | "toInvalid" | "fromAfterTo" | "tooLong";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_PERIOD_MONTHS = 12 * 15;

/** First and last day (inclusive) of a period, for filtering on payment dates. */
export function periodDates(period: Period): { from: IsoDate; to: IsoDate } {
  const { year, month } = parseYearMonth(period.to);
  return { from: `${period.from}-01`, to: `${period.to}-${String(daysInMonth(year, month)).padStart(2, "0")}` };
}

/**
 * A month chosen in the custom-period form, where month and year are two
 * fields (fraMnd=01&fraAar=2016), or given whole in a link (fra=2016-01).
 * The fields win; resolvePeriod checks what comes out.
 */
export function chosenMonth(fields: { year?: string; month?: string; whole?: string }): string | undefined {
  if (fields.year !== undefined || fields.month !== undefined) return `${fields.year ?? ""}-${fields.month ?? ""}`;
  return fields.whole;
}

/**
 * Turns the chosen chip (and, for a custom period, two months) into a period of
 * payment months. Invalid custom input falls back to the default and says why.
 */
export function resolvePeriod(
  kind: string | undefined,
  today: IsoDate,
  custom: { from?: string; to?: string } = {},
): { period: Period; errors: PeriodError[] } {
  const thisMonth = monthOf(today);
  const year = Number(today.slice(0, 4));
  // The upcoming payment may already be visible: include next month's payments.
  const last3: Period = { kind: "siste3", from: addMonths(thisMonth, -2), to: addMonths(thisMonth, 1) };
  switch (kind) {
    case "iar":
      return { period: { kind: "iar", from: `${year}-01`, to: `${year}-12` }, errors: [] };
    case "ifjor":
      return { period: { kind: "ifjor", from: `${year - 1}-01`, to: `${year - 1}-12` }, errors: [] };
    case "egen": {
      const errors: PeriodError[] = [];
      if (!custom.from || !MONTH.test(custom.from)) errors.push("fromInvalid");
      if (!custom.to || !MONTH.test(custom.to)) errors.push("toInvalid");
      if (!errors.length && custom.from! > custom.to!) errors.push("fromAfterTo");
      if (!errors.length) {
        const { year: fy, month: fm } = parseYearMonth(custom.from!);
        const { year: ty, month: tm } = parseYearMonth(custom.to!);
        if ((ty - fy) * 12 + (tm - fm) >= MAX_PERIOD_MONTHS) errors.push("tooLong");
      }
      if (errors.length) return { period: last3, errors };
      return { period: { kind: "egen", from: custom.from!, to: custom.to! }, errors: [] };
    }
    default:
      return { period: last3, errors: [] };
  }
}
