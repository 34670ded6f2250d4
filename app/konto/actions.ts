"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { changeAccount, currentAccountNumber } from "@/lib/server/data/bank-account";
import { accountForm } from "@/lib/domain/account-change";
import { today } from "@/lib/clock";
import { ACCOUNT_FIELDS, type AccountField, type AccountFormState } from "./form-state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Authenticates at the high level itself: a replayed POST without a session changes nothing. */
export async function submitAccountChange(_prev: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const user = await requireUser({ level: "high", returnTo: "/konto" });
  const values = Object.fromEntries(ACCOUNT_FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 60)])) as Record<AccountField, string>;
  const idempotencyKey = String(formData.get("idempotencyKey") ?? "");
  if (!UUID.test(idempotencyKey)) return { values, errors: [], problem: "failed" };
  const parsed = accountForm.safeParse({ ...values, current: await currentAccountNumber(user) });
  if (!parsed.success) {
    return { values, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]) as AccountField, code: i.message })) };
  }
  let caseId: string;
  try {
    const result = await changeAccount(user, parsed.data, { idempotencyKey, basedOn: String(formData.get("basedOn") ?? ""), today: today() });
    if (!result.ok) return { values, errors: [], problem: "conflict" };
    caseId = result.caseId;
  } catch {
    console.error("[account] change failed");
    return { values, errors: [], problem: "failed" };
  }
  redirect(`/konto/kvittering/${caseId}`);
}
