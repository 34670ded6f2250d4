import "server-only";
import { type YearMonth } from "../../domain/calendar";
import { type DrawGrade } from "../../domain/draw-grade";
import { type PensionProfile, planMonth } from "../../domain/payment-plan";
import { type TaxBasis } from "../../domain/tax";
import { type PaymentLine } from "../../domain/payment-lines";
import { db } from "../db";

type Client = Pick<ReturnType<typeof db>, "pension" | "taxCard" | "voluntaryTax">;

/**
 * The domain's view of a person's pension, rebuilt from the stored rows, so
 * estimates and re-planned payments use the same rules as the seed did.
 */
export async function pensionProfile(personId: string, client: Client = db()): Promise<(PensionProfile & { pensionId: string }) | null> {
  const pension = await client.pension.findFirst({
    where: { personId },
    orderBy: { startMonth: "desc" },
    select: {
      id: true,
      startMonth: true,
      fullAmountAtStartOre: true,
      supplementAtStartOre: true,
      drawGrades: { select: { fromMonth: true, grade: true }, orderBy: { fromMonth: "asc" } },
    },
  });
  if (!pension) return null;
  const [cards, voluntary] = await Promise.all([
    client.taxCard.findMany({ where: { personId }, orderBy: { year: "asc" } }),
    client.voluntaryTax.findMany({ where: { personId }, orderBy: { fromMonth: "asc" } }),
  ]);
  return {
    pensionId: pension.id,
    startMonth: pension.startMonth,
    fullAmountAtStart: pension.fullAmountAtStartOre,
    supplementAtStart: pension.supplementAtStartOre || undefined,
    drawGrades: pension.drawGrades.map((g) => ({ from: g.fromMonth, grade: g.grade as DrawGrade })),
    taxBases: cards.map((c) => ({
      from: `${c.year}-01`,
      to: `${c.year}-12`,
      basis: (c.kind === "TABLE" && c.tableNumber
        ? { kind: "table", table: c.tableNumber }
        : c.kind === "PERCENT"
          ? { kind: "percent", percent: Number(c.percent) }
          : { kind: "flat" }) as TaxBasis,
    })),
    voluntaryTax: voluntary.map((v) => ({
      from: v.fromMonth,
      to: v.toMonth,
      tax: v.amountOre !== null ? { kind: "amount" as const, amountOre: v.amountOre } : { kind: "percent" as const, percent: Number(v.percent) },
    })),
  };
}

/**
 * What the profile does not model but a payment carries (deductions paid to
 * others, supplements such as a survivor's), taken from a payment's lines to
 * apply in `month`.
 */
function carried(lines: readonly PaymentLine[], month: YearMonth, to: YearMonth | null = month): Pick<PensionProfile, "deductions" | "extras"> {
  return {
    deductions: lines
      .filter((l) => l.type === "DEDUCTION")
      .map((l) => ({ from: month, to, code: l.code, amountOre: -l.amountOre, recipient: l.recipient ?? "" })),
    extras: lines
      .filter((l) => l.type === "SUPPLEMENT" && l.code !== "pensionSupplement")
      .map((l) => ({ from: month, to, code: l.code, amountOre: l.amountOre })),
  };
}

/** The profile with what `lines` carry applied from `from` on, for looking ahead. */
export function withCarried(profile: PensionProfile, lines: readonly PaymentLine[], from: YearMonth): PensionProfile {
  return { ...profile, ...carried(lines, from, null) };
}

/** Plans a month again under a changed profile, carrying over from the payment's current lines what the profile does not model. */
export function replan(profile: PensionProfile, month: YearMonth, currentLines: PaymentLine[]) {
  return planMonth({ ...profile, ...carried(currentLines, month) }, month);
}

/**
 * Gross monthly amount (before tax) at a grade from a month: the estimate shown
 * before applying. The same payment-plan function as real payments, with what
 * the newest payment carries (supplements, deductions) as `referenceLines`.
 */
export function estimatedGross(profile: PensionProfile, grade: DrawGrade, month: YearMonth, referenceLines: readonly PaymentLine[] = []): number {
  const changed = { ...profile, drawGrades: [...profile.drawGrades.filter((g) => g.from < month), { from: month, grade }], ...carried(referenceLines, month) };
  const planned = planMonth(changed, month);
  return (planned?.lines ?? []).filter((l) => l.type === "PENSION" || l.type === "SUPPLEMENT").reduce((acc, l) => acc + l.amountOre, 0);
}
