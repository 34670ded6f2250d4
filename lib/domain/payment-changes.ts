import { parseYearMonth, type YearMonth } from "./calendar";
import { type PaymentLine, totalsOf } from "./payment-lines";

/** What the explanation needs to know about one payment. */
export type ComparablePayment = { month: YearMonth; lines: PaymentLine[]; grade: number | null };

/** A reason a payment differs from the one before, as a message key with values. */
export type ChangeReason =
  | { code: "decemberNoTax" }
  | { code: "januaryTaxResumes" }
  | { code: "adjustmentBackPay"; forMonth: YearMonth }
  | { code: "backPayEnded" }
  | { code: "annualAdjustment" }
  | { code: "drawGradeChanged"; from: number; to: number }
  | { code: "voluntaryTaxStarted" | "voluntaryTaxStopped" | "voluntaryTaxChanged" }
  | { code: "deductionStarted" | "deductionEnded" | "deductionChanged"; line: string; recipient: string }
  | { code: "supplementStarted" | "supplementEnded"; line: string }
  | { code: "taxBasisChanged" }
  | { code: "taxChanged" };

const sumOf = (lines: PaymentLine[], pred: (l: PaymentLine) => boolean) => lines.filter(pred).reduce((acc, l) => acc + l.amountOre, 0);

const byCode = (lines: PaymentLine[], type: PaymentLine["type"]) => new Map(lines.filter((l) => l.type === type).map((l) => [l.code, l]));

/**
 * Plain-language reasons why `current` differs from `previous`, derived only
 * from the stored lines and draw grades. Empty when the net amount is unchanged.
 */
export function explainChange(previous: ComparablePayment | null, current: ComparablePayment): ChangeReason[] {
  if (!previous) return [];
  const prev = totalsOf(previous.lines);
  const curr = totalsOf(current.lines);
  if (prev.netOre === curr.netOre) return [];
  const reasons: ChangeReason[] = [];
  const month = parseYearMonth(current.month).month;

  if (month === 12 && prev.taxOre > 0 && curr.taxOre === 0) reasons.push({ code: "decemberNoTax" });
  if (month === 1 && prev.taxOre === 0 && curr.taxOre > 0) reasons.push({ code: "januaryTaxResumes" });

  if (previous.grade !== null && current.grade !== null && previous.grade !== current.grade) {
    reasons.push({ code: "drawGradeChanged", from: previous.grade, to: current.grade });
  }

  const backPay = current.lines.find((l) => l.type === "BACK_PAY");
  const regular = (lines: PaymentLine[]) => sumOf(lines, (l) => l.type === "PENSION");
  if (backPay?.forMonth) reasons.push({ code: "adjustmentBackPay", forMonth: backPay.forMonth });
  if (!backPay && previous.lines.some((l) => l.type === "BACK_PAY")) reasons.push({ code: "backPayEnded" });
  if (month === 6 && previous.grade === current.grade && regular(current.lines) > regular(previous.lines)) {
    reasons.push({ code: "annualAdjustment" });
  }

  const prevSupp = byCode(previous.lines, "SUPPLEMENT");
  const currSupp = byCode(current.lines, "SUPPLEMENT");
  for (const code of currSupp.keys()) if (!prevSupp.has(code)) reasons.push({ code: "supplementStarted", line: code });
  for (const code of prevSupp.keys()) if (!currSupp.has(code)) reasons.push({ code: "supplementEnded", line: code });

  const prevDed = byCode(previous.lines, "DEDUCTION");
  const currDed = byCode(current.lines, "DEDUCTION");
  for (const [code, line] of currDed) {
    const before = prevDed.get(code);
    if (!before) reasons.push({ code: "deductionStarted", line: code, recipient: line.recipient ?? "" });
    else if (before.amountOre !== line.amountOre) reasons.push({ code: "deductionChanged", line: code, recipient: line.recipient ?? "" });
  }
  for (const [code, line] of prevDed) {
    if (!currDed.has(code)) reasons.push({ code: "deductionEnded", line: code, recipient: line.recipient ?? "" });
  }

  // December has no withholding of either kind, so voluntary tax is not "stopped" then.
  const taxFreeEdge = reasons.some((r) => r.code === "decemberNoTax" || r.code === "januaryTaxResumes");
  if (!taxFreeEdge) {
    if (prev.voluntaryTaxOre === 0 && curr.voluntaryTaxOre > 0) reasons.push({ code: "voluntaryTaxStarted" });
    else if (prev.voluntaryTaxOre > 0 && curr.voluntaryTaxOre === 0) reasons.push({ code: "voluntaryTaxStopped" });
    else if (prev.voluntaryTaxOre !== curr.voluntaryTaxOre) reasons.push({ code: "voluntaryTaxChanged" });
    const basis = (lines: PaymentLine[]) => lines.find((l) => l.type === "TAX")?.taxBasis ?? null;
    if (basis(previous.lines) && basis(current.lines) && basis(previous.lines) !== basis(current.lines)) {
      reasons.push({ code: "taxBasisChanged" });
    } else if (!reasons.length && prev.taxOre !== curr.taxOre) {
      reasons.push({ code: "taxChanged" });
    }
  }
  return reasons;
}
