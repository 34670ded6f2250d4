"use server";

import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { changeAccount, currentAccountNumber, CASE_TYPE } from "@/lib/server/data/bank-account";
import { ACCOUNT_FIELDS, accountForm } from "@/lib/domain/account-change";

/** The pipeline authenticates at the level of /konto: a replayed POST without a session changes nothing. */
export const submitAccountChange = formAction({
  path: "/konto",
  caseType: CASE_TYPE,
  need: "CHANGE_BANK_ACCOUNT",
  fields: ACCOUNT_FIELDS,
  async parse(values, { user }) {
    const parsed = accountForm.safeParse({ ...values, current: await currentAccountNumber(user) });
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, "kind" as const) };
  },
  run: (user, account, meta) => changeAccount(user, account, meta),
  receipt: (caseId) => `/konto/kvittering/${caseId}`,
});
