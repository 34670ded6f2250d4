"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { requestRight } from "@/lib/server/data/privacy";
import { answerDeadline, privacyRequestForm } from "@/lib/domain/privacy-request";
import { today } from "@/lib/clock";

export type RightsState = { values: { right: string; item: string; reason: string }; errors: Array<{ field: string; code: string }>; failed?: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function submitRightsRequest(_prev: RightsState, formData: FormData): Promise<RightsState> {
  const user = await requireUser({ level: "high", returnTo: "/mine-data/rettigheter" });
  const values = { right: String(formData.get("right") ?? ""), item: String(formData.get("item") ?? ""), reason: String(formData.get("reason") ?? "").slice(0, 2100) };
  const key = String(formData.get("idempotencyKey") ?? "");
  const parsed = privacyRequestForm.safeParse(values);
  if (!parsed.success) return { values, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), code: i.message })) };
  if (!UUID.test(key)) return { values, errors: [], failed: true };
  let caseId: string;
  try {
    const result = await requestRight(user, parsed.data, { idempotencyKey: key, today: today(), deadline: answerDeadline(today()) });
    if (!result.ok) return { values, errors: [], failed: true };
    caseId = result.caseId;
  } catch {
    console.error("[privacy] rights request failed");
    return { values, errors: [], failed: true };
  }
  redirect(`/saker/${caseId}?ny=1`);
}
