import "server-only";
import { type YearMonth } from "../../domain/calendar";
import { type DrawGrade, gradeAt } from "../../domain/draw-grade";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";

export type PensionDto = {
  type: "ALDERSPENSJON" | "AFP_PRIVAT";
  startMonth: YearMonth;
  grade: DrawGrade;
  gradeSince: YearMonth;
  /** A decided change that has not started yet (e.g. a new draw grade from next month). */
  nextChange: { from: YearMonth; grade: DrawGrade } | null;
};

/** The person's current pension and draw grade, or null when they have none. */
export async function currentPension(user: User, month: YearMonth): Promise<PensionDto | null> {
  const pension = await db().pension.findFirst({
    where: { personId: user.personId },
    orderBy: { startMonth: "desc" },
    select: { type: true, startMonth: true, drawGrades: { select: { fromMonth: true, grade: true }, orderBy: { fromMonth: "asc" } } },
  });
  await logAccess(user, "READ_PAYMENTS", ["PENSION"]);
  if (!pension) return null;
  const history = pension.drawGrades.map((g) => ({ from: g.fromMonth, grade: g.grade as DrawGrade }));
  const grade = gradeAt(history, month) ?? 0;
  const since = history.filter((h) => h.from <= month).at(-1)?.from ?? pension.startMonth;
  const next = history.find((h) => h.from > month);
  return { type: pension.type, startMonth: pension.startMonth, grade, gradeSince: since, nextChange: next ? { from: next.from, grade: next.grade } : null };
}
