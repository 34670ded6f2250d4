"use server";

import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { attorneyByFnr, givePower, GIVE_CASE_TYPE, ownFnr, revokePower, REVOKE_CASE_TYPE } from "@/lib/server/data/powers";
import { maskFnr, POWER_FIELDS, powerForm, powerFormInput, REVOKE_FIELDS, revokeForm, type PowerField } from "@/lib/domain/representation";
import { formatDate } from "@/lib/format";
import { scopeSentence } from "@/components/ScopeList";

/** Giving a power: the person's own session at the high level, checked answers, then saved once. */
export const submitPower = formAction({
  path: "/fullmakter/ny",
  caseType: GIVE_CASE_TYPE,
  need: "SELF",
  fields: POWER_FIELDS,
  async parse(values, { user, today }) {
    const parsed = powerForm(today, await ownFnr(user)).safeParse(powerFormInput(values));
    if (!parsed.success) {
      // The scopes are one question with a checkbox each: its error points at the first box.
      const errors = issuesToErrors(parsed.error.issues, "attorneyFnr" as PowerField).map((e) =>
        (e.field as string) === "scopes" ? { ...e, field: "scope_READ_PAYMENTS" as const } : e,
      );
      return { ok: false, errors };
    }
    const attorney = await attorneyByFnr(parsed.data.attorneyFnr, parsed.data.attorneyName);
    if (!attorney) return { ok: false, errors: [{ field: "attorneyFnr" as const, code: "fnrNameMismatch" }] };
    return {
      ok: true,
      data: { attorney, fnr: parsed.data.attorneyFnr, typedName: parsed.data.attorneyName.trim(), scopes: parsed.data.scopes, validTo: parsed.data.validTo },
    };
  },
  // The check-your-answers step shows what was typed (never more of the register than that).
  async review(data, { locale }) {
    const t = await getTranslations({ locale, namespace: "powers.give" });
    return {
      answers: [
        { label: t("reviewWho"), value: `${data.typedName} (${maskFnr(data.fnr)})` },
        { label: t("reviewWhat"), value: await scopeSentence(data.scopes, locale) },
        { label: t("reviewUntil"), value: formatDate(data.validTo, locale) },
      ],
    };
  },
  run: (user, data, meta) => givePower(user, { attorney: data.attorney, scopes: data.scopes, validTo: data.validTo }, meta),
  receipt: (caseId) => `/saker/${caseId}?ny=1`,
});

/** Revoking a power: one confirmation, saved once; it stops at once for the representative too. */
export const submitRevoke = formAction({
  path: "/fullmakter",
  caseType: REVOKE_CASE_TYPE,
  need: "SELF",
  fields: REVOKE_FIELDS,
  parse(values) {
    const parsed = revokeForm.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data.power } : { ok: false, errors: [{ field: "power" as const, code: "powerUnknown" }] };
  },
  run: (user, powerId, meta) => revokePower(user, powerId, meta),
  receipt: (caseId) => `/saker/${caseId}?ny=1`,
});
