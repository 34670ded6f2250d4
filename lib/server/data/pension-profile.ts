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
    select: { id: true, startMonth: true, fullAmountAtStartOre: true, supplementAtStartOre: true, drawGrades: { select: { fromMonth: true, grade: true }, orderBy: { fromMonth: "asc" } } },
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
      basis: (c.kind === "TABLE" && c.tableNumber ? { kind: "table", table: c.tableNumber } : c.kind === "PERCENT" ? { kind: "percent", percent: Number(c.percent) } : { kind: "flat" }) as TaxBasis,
    })),
    voluntaryTax: voluntary.map((v) => ({
      from: v.fromMonth,
      to: v.toMonth,
      tax: v.amountOre !== null ? { kind: "amount" as const, amountOre: v.amountOre } : { kind: "percent" as const, percent: Number(v.percent) },
    })),
  };
}

/**
 * Plans a month again under a changed profile, carrying over what the profile
 * does not model (deductions paid to others, supplements such as survivor's)
 * from the payment's current lines.
 */
export function replan(profile: PensionProfile, month: YearMonth, currentLines: PaymentLine[]) {
  const carried = {
    deductions: currentLines.filter((l) => l.type === "DEDUCTION").map((l) => ({ from: month, to: month, code: l.code, amountOre: -l.amountOre, recipient: l.recipient ?? "" })),
    extras: currentLines.filter((l) => l.type === "SUPPLEMENT" && l.code !== "pensionSupplement").map((l) => ({ from: month, to: month, code: l.code, amountOre: l.amountOre })),
  };
  return planMonth({ ...profile, ...carried }, month);
}

/** Gross monthly amount (before tax) at a grade from a month: the estimate shown before applying. */
export function estimatedGross(profile: PensionProfile, grade: DrawGrade, month: YearMonth): number {
  const planned = planMonth({ ...profile, drawGrades: [...profile.drawGrades.filter((g) => g.from < month), { from: month, grade }] }, month);
  return (planned?.lines ?? []).filter((l) => l.type === "PENSION" || l.type === "SUPPLEMENT").reduce((acc, l) => acc + l.amountOre, 0);
}
