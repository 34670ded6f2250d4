import { type YearMonth } from "./calendar";
import { type Ore } from "./money";

/** Kinds of line on a payment. Income lines are positive, deductions negative. */
type LineType = "PENSION" | "SUPPLEMENT" | "BACK_PAY" | "TAX" | "VOLUNTARY_TAX" | "DEDUCTION";

export type PaymentLine = {
  type: LineType;
  /** What the line is, as a message key: "retirementPension", "careHome", … */
  code: string;
  amountOre: Ore;
  /** The month a back-pay line pays for. */
  forMonth?: YearMonth | null;
  /** Who receives a deduction (e.g. the municipality for a care home). */
  recipient?: string | null;
  /** The tax card basis behind a tax line, e.g. "table:7100" or "percent:25". */
  taxBasis?: string | null;
};

export type PaymentTotals = {
  grossOre: Ore;
  taxOre: Ore;
  voluntaryTaxOre: Ore;
  deductionsOre: Ore;
  netOre: Ore;
};

const INCOME: ReadonlySet<LineType> = new Set(["PENSION", "SUPPLEMENT", "BACK_PAY"]);

/** The one place payment figures are summed: every screen and document uses it. */
export function totalsOf(lines: readonly Pick<PaymentLine, "type" | "amountOre">[]): PaymentTotals {
  const sum = (pred: (t: LineType) => boolean) => lines.filter((l) => pred(l.type)).reduce((acc, l) => acc + l.amountOre, 0);
  const grossOre = sum((t) => INCOME.has(t));
  // 0 - x rather than -x: no "-0" reaches the screen.
  const taxOre = 0 - sum((t) => t === "TAX");
  const voluntaryTaxOre = 0 - sum((t) => t === "VOLUNTARY_TAX");
  const deductionsOre = 0 - sum((t) => t === "DEDUCTION");
  return {
    grossOre,
    taxOre,
    voluntaryTaxOre,
    deductionsOre,
    netOre: grossOre - taxOre - voluntaryTaxOre - deductionsOre,
  };
}

/** Adds up totals of several payments (year summaries, statements): the same sums everywhere. */
export function sumTotals(all: readonly PaymentTotals[]): PaymentTotals {
  return all.reduce(
    (acc, t) => ({
      grossOre: acc.grossOre + t.grossOre,
      taxOre: acc.taxOre + t.taxOre,
      voluntaryTaxOre: acc.voluntaryTaxOre + t.voluntaryTaxOre,
      deductionsOre: acc.deductionsOre + t.deductionsOre,
      netOre: acc.netOre + t.netOre,
    }),
    { grossOre: 0, taxOre: 0, voluntaryTaxOre: 0, deductionsOre: 0, netOre: 0 },
  );
}
