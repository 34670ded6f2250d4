"use server";

import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { requestRight, RIGHTS_CASE_TYPE } from "@/lib/server/data/privacy";
import { answerDeadline, privacyRequestForm, RIGHTS_FIELDS } from "@/lib/domain/privacy-request";

export const submitRightsRequest = formAction({
  path: "/mine-data/rettigheter",
  caseType: RIGHTS_CASE_TYPE,
  need: "SELF",
  fields: RIGHTS_FIELDS,
  parse(values) {
    const parsed = privacyRequestForm.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, "right" as const) };
  },
  async run(user, request, meta) {
    // Each request is work for a caseworker: a tighter limit than other forms.
    if (!(await checkRateLimit("rightsRequest", user.personId))) return { ok: false, reason: "rateLimited" };
    return requestRight(user, request, { idempotencyKey: meta.idempotencyKey, today: meta.today, deadline: answerDeadline(meta.today) });
  },
  receipt: (caseId) => `/saker/${caseId}?ny=1`,
});
