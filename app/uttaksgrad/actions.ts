"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { applyDrawGrade } from "@/lib/server/data/draw-grade";
import { isDrawGrade } from "@/lib/domain/draw-grade";
import { today } from "@/lib/clock";

export type ApplyState = { problem?: "notAvailable" | "conflict" | "failed" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Authenticates and re-checks the rules itself; a replayed POST without a session changes nothing. */
export async function submitDrawGrade(_prev: ApplyState, formData: FormData): Promise<ApplyState> {
  const user = await requireUser({ level: "high", returnTo: "/uttaksgrad" });
  const grade = Number(formData.get("grade"));
  const idempotencyKey = String(formData.get("idempotencyKey") ?? "");
  if (!isDrawGrade(grade) || !UUID.test(idempotencyKey)) return { problem: "notAvailable" };
  let caseId: string;
  try {
    const result = await applyDrawGrade(user, grade, { idempotencyKey, basedOn: String(formData.get("basedOn") ?? ""), today: today() });
    if (!result.ok) return { problem: result.reason };
    caseId = result.caseId;
  } catch {
    console.error("[draw-grade] application failed");
    return { problem: "failed" };
  }
  redirect(`/saker/${caseId}?ny=1`);
}
