"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { registerVoluntaryTax } from "@/lib/server/data/voluntary-tax-change";
import { voluntaryTaxFrom } from "@/lib/server/data/tax";
import { effectiveMonth, voluntaryTaxForm } from "@/lib/domain/voluntary-tax";
import { today } from "@/lib/clock";
import { type VoluntaryTaxFormState } from "./form-state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A public POST endpoint like any server action: it authenticates and validates everything itself. */
export async function submitVoluntaryTax(_prev: VoluntaryTaxFormState, formData: FormData): Promise<VoluntaryTaxFormState> {
  const user = await requireUser({ level: "high", returnTo: "/skatt" });
  const str = (key: string) => String(formData.get(key) ?? "").slice(0, 100);
  const values = { kind: str("kind"), amount: str("amount"), percent: str("percent") };
  const idempotencyKey = str("idempotencyKey");
  if (!UUID.test(idempotencyKey)) return { values, errors: [], problem: "failed" };
  const active = (await voluntaryTaxFrom(user.personId, effectiveMonth(today()))) !== null;
  const parsed = voluntaryTaxForm.safeParse({ ...values, active });
  if (!parsed.success) {
    return {
      values,
      errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]) as "kind" | "amount" | "percent", code: i.message })),
    };
  }
  let caseId: string;
  try {
    const result = await registerVoluntaryTax(user, parsed.data, { idempotencyKey, basedOn: str("basedOn"), today: today() });
    if (!result.ok) return { values, errors: [], problem: "conflict" };
    caseId = result.caseId;
  } catch {
    console.error("[tax] voluntary tax change failed");
    return { values, errors: [], problem: "failed" };
  }
  redirect(`/skatt/kvittering/${caseId}`);
}
