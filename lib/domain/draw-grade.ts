import { z } from "zod";
import { type YearMonth } from "./calendar";

/** The draw grades (uttaksgrader) a retirement pension can be taken at, in percent. */
export const DRAW_GRADES = [0, 20, 40, 50, 60, 80, 100] as const;
export type DrawGrade = (typeof DRAW_GRADES)[number];

export type DrawGradePeriod = { from: YearMonth; grade: DrawGrade };

/** The grade in force in `month`, or null before the pension started. */
export function gradeAt(history: readonly DrawGradePeriod[], month: YearMonth): DrawGrade | null {
  let current: DrawGrade | null = null;
  for (const period of [...history].sort((a, b) => a.from.localeCompare(b.from))) {
    if (period.from <= month) current = period.grade;
  }
  return current;
}

/** The draw-grade form's one field. */
export const DRAW_GRADE_FIELDS = { grade: { max: 3 } } as const;

/** Exactly one of the grades as digits: an empty or missing field is an error, never 0 (stop). */
export const drawGradeForm = z.object({
  grade: z
    .string()
    .regex(/^(0|20|40|50|60|80|100)$/, { message: "gradeRequired" })
    .transform((s) => Number(s) as DrawGrade),
});
