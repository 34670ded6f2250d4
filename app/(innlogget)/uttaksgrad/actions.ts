"use server";

import { formAction } from "@/lib/server/forms/form-action";
import { applyDrawGrade, CASE_TYPE } from "@/lib/server/data/draw-grade";
import { DRAW_GRADE_FIELDS, drawGradeForm } from "@/lib/domain/draw-grade";

/** Authenticates and re-checks the rules itself; a replayed POST without a session changes nothing. */
export const submitDrawGrade = formAction({
  path: "/uttaksgrad",
  caseType: CASE_TYPE,
  need: "APPLY_DRAW_GRADE",
  fields: DRAW_GRADE_FIELDS,
  parse(values) {
    const parsed = drawGradeForm.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data.grade } : { ok: false, errors: [{ field: "grade" as const, code: "gradeRequired" }] };
  },
  run: (user, grade, meta) => applyDrawGrade(user, grade, meta),
  receipt: (caseId) => `/saker/${caseId}?ny=1`,
});
