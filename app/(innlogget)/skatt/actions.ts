"use server";

import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { registerVoluntaryTax, CASE_TYPE } from "@/lib/server/data/voluntary-tax-change";
import { voluntaryTaxFrom, voluntaryTaxRoom } from "@/lib/server/data/tax";
import { effectiveMonth, VOLUNTARY_TAX_FIELDS, voluntaryTaxForm } from "@/lib/domain/voluntary-tax";
import { formatMoney, formatNumber } from "@/lib/format";

/** A public POST endpoint like any server action: the pipeline authenticates and validates everything. */
export const submitVoluntaryTax = formAction({
  path: "/skatt",
  caseType: CASE_TYPE,
  need: "CHANGE_VOLUNTARY_TAX",
  fields: VOLUNTARY_TAX_FIELDS,
  async parse(values, { user, today, locale }) {
    const from = effectiveMonth(today);
    const [active, limit] = await Promise.all([voluntaryTaxFrom(user, from), voluntaryTaxRoom(user, from)]);
    const parsed = voluntaryTaxForm.safeParse({ ...values, active: active !== null, limit });
    if (parsed.success) return { ok: true, data: parsed.data };
    const errors = issuesToErrors(parsed.error.issues, "kind" as const).map((e) => ({
      ...e,
      params: { max: formatMoney(limit.maxAmountOre, locale), maxPercent: formatNumber(limit.maxPercent, locale) },
    }));
    return { ok: false, errors };
  },
  run: (user, change, meta) => registerVoluntaryTax(user, change, meta),
  receipt: (caseId) => `/skatt/kvittering/${caseId}`,
});
