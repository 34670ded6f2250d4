import { addMonths, parseYearMonth, type YearMonth } from "./calendar";
import { type Ore } from "./money";

/**
 * Annual adjustment (regulering) of pensions in payment, percent, effective
 * 1 May. Pensions are adjusted by the average of price and wage growth; the
 * Storting decides in late May, so the June payment carries back pay for May.
 * Figures are rounded approximations of the published adjustments.
 */
const ADJUSTMENT_PERCENT: Record<number, number> = {
  2015: 1.64,
  2016: 1.76,
  2017: 0.49,
  2018: 2.1,
  2019: 2.48,
  2020: 0.98,
  2021: 4.9,
  2022: 4.77,
  2023: 6.4,
  2024: 4.41,
  2025: 4.13,
  2026: 3.7,
};

const ADJUSTMENT_MONTH = 5;
/** The month whose payment first carries the new rate, plus back pay for May. */
export const ADJUSTMENT_PAID_MONTH = 6;

export function adjustmentPercent(year: number): number {
  return ADJUSTMENT_PERCENT[year] ?? 0;
}

/**
 * The full (100 %) monthly amount in force for `month`, given the amount in
 * force at `baseMonth`. Adjustments after the base month apply from May.
 */
export function fullAmountFor(baseAmount: Ore, baseMonth: YearMonth, month: YearMonth): Ore {
  const base = parseYearMonth(baseMonth);
  const target = parseYearMonth(month);
  let amount = baseAmount;
  for (let year = base.year; year <= target.year; year++) {
    const effective = `${year}-05`;
    if (effective > baseMonth && effective <= month) {
      amount = Math.round(amount * (1 + adjustmentPercent(year) / 100));
    }
  }
  return amount;
}

/**
 * The amount actually paid for `month`: May is paid before the decision,
 * at last year's rate; June carries the new rate.
 */
export function paidAmountFor(baseAmount: Ore, baseMonth: YearMonth, month: YearMonth): Ore {
  const { month: m } = parseYearMonth(month);
  const decided = m === ADJUSTMENT_MONTH ? addMonths(month, -1) : month;
  return fullAmountFor(baseAmount, baseMonth, decided > baseMonth ? decided : baseMonth);
}
