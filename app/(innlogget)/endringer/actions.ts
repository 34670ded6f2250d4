"use server";

import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { CHANGE_CASE_TYPE, hasAfp, reportChange } from "@/lib/server/data/life-changes";
import { CHANGE_FIELDS, changeForm, toldOnce, usualEffects, type ChangeField } from "@/lib/domain/life-changes";
import { effectSentences, answerRows, informedSentences } from "@/components/LifeChangeTexts";

/** Reporting a change: the user's own session, answers checked with what usually happens shown, then saved once. */
export const submitChange = formAction({
  path: "/endringer",
  caseType: CHANGE_CASE_TYPE,
  need: "SELF",
  fields: CHANGE_FIELDS,
  async parse(values, { user, today }) {
    const parsed = changeForm(today).safeParse(values);
    if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues, "fromDate" as ChangeField) };
    return { ok: true, data: { change: parsed.data, afp: await hasAfp(user) } };
  },
  async review({ change, afp }, { locale, today }) {
    const t = await getTranslations({ locale, namespace: "lifeChange" });
    return {
      answers: await answerRows(change, locale),
      notes: [
        { heading: t("usuallyHeading"), items: await effectSentences(usualEffects(change, { today, afp }), locale) },
        { heading: t("toldOnceHeading"), items: await informedSentences(toldOnce(change.kind), locale) },
      ],
    };
  },
  run: (user, { change, afp }, meta) => reportChange(user, change, { ...meta, afp }),
  receipt: (caseId) => `/endringer/kvittering/${caseId}`,
});
