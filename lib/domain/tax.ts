import { parseYearMonth, type YearMonth } from "./calendar";
import { type Ore, percentOf, roundToKrone } from "./money";

/**
 * How ordinary tax is withheld from a pension payment.
 * - table: the tax card names a withholding table; we model the table as a
 *   progressive rate on the annualised payment (a documented simplification of
 *   the Tax Administration's tables, see docs/adr/0005-tax-table-model.md).
 * - percent: a fixed percentage from the tax card.
 * - flat: the tax card has a wrong deduction code; 30 % is withheld (seed 001).
 */
export type TaxBasis = { kind: "table"; table: string } | { kind: "percent"; percent: number } | { kind: "flat" };

export const FLAT_RATE_PERCENT = 30;

/** Brackets on annual pension income (øre) for the simplified pension table. */
const TABLE_BRACKETS: Array<{ from: Ore; rate: number }> = [
  { from: 0, rate: 0 },
  { from: 100_000_00, rate: 17 },
  { from: 220_000_00, rate: 26 },
  { from: 500_000_00, rate: 36 },
  { from: 900_000_00, rate: 43 },
];

/** Tables whose number starts with 7 are pension tables; 71xx adds a little for higher tax classes. */
function tableSurcharge(table: string): number {
  const n = Number(table.slice(2, 4));
  return Number.isFinite(n) ? Math.min(n, 10) / 10 : 0;
}

function annualTableTax(annual: Ore, table: string): Ore {
  let tax = 0;
  TABLE_BRACKETS.forEach((bracket, i) => {
    const upper = TABLE_BRACKETS[i + 1]?.from ?? Infinity;
    const taxable = Math.max(0, Math.min(annual, upper) - bracket.from);
    tax += (taxable * (bracket.rate + (bracket.rate ? tableSurcharge(table) : 0))) / 100;
  });
  return Math.round(tax);
}

/** Tax is withheld in eleven months: nothing in December. */
export function isTaxFreeMonth(month: YearMonth): boolean {
  return parseYearMonth(month).month === 12;
}

/**
 * Ordinary withholding (positive øre) for one month's taxable amount.
 * `monthlyTaxable` is what the month pays (back pay included).
 */
export function ordinaryWithholding(monthlyTaxable: Ore, basis: TaxBasis, month: YearMonth): Ore {
  if (isTaxFreeMonth(month) || monthlyTaxable <= 0) return 0;
  switch (basis.kind) {
    case "percent":
      return roundToKrone(percentOf(monthlyTaxable, basis.percent));
    case "flat":
      return roundToKrone(percentOf(monthlyTaxable, FLAT_RATE_PERCENT));
    case "table": {
      // Eleven withholding months carry a year's tax.
      const annualTax = annualTableTax(monthlyTaxable * 12, basis.table);
      return roundToKrone(annualTax / 11);
    }
  }
}

export type VoluntaryTax = { kind: "amount"; amountOre: Ore } | { kind: "percent"; percent: number };

/** Voluntary supplementary tax also follows the eleven-month rhythm. */
export function voluntaryWithholding(gross: Ore, voluntary: VoluntaryTax | null, month: YearMonth): Ore {
  if (!voluntary || isTaxFreeMonth(month) || gross <= 0) return 0;
  if (voluntary.kind === "amount") return Math.min(voluntary.amountOre, gross);
  return roundToKrone(percentOf(gross, voluntary.percent));
}
