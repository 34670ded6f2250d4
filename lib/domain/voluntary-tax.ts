import { z } from "zod";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "./calendar";
import { kr, type Ore, percentOf, roundToKrone } from "./money";
import { parseOneDecimal, parseWholeKroner } from "./numbers";
import { voluntaryTaxRoomIn, type PensionProfile } from "./payment-plan";
import { isTaxFreeMonth } from "./tax";

export const MAX_VOLUNTARY_AMOUNT_KR = 50_000;
export const MAX_VOLUNTARY_PERCENT = 50;

/** Error codes, turned into sentences by the i18n layer. */
export type VoluntaryTaxError =
  | "kindRequired"
  | "amountRequired"
  | "amountNotNumber"
  | "amountWhole"
  | "amountRange"
  | "percentRequired"
  | "percentNotNumber"
  | "percentDecimals"
  | "percentRange"
  | "amountOverLimit"
  | "percentOverLimit"
  | "noRoom"
  | "nothingToStop";

/** The fields of the form, with their length limits. */
export const VOLUNTARY_TAX_FIELDS = { kind: { max: 10 }, amount: { max: 20 }, percent: { max: 10 } } as const;
export type VoluntaryTaxField = keyof typeof VOLUNTARY_TAX_FIELDS;

/**
 * How much room there is for a voluntary deduction: the most (whole kroner) and
 * the highest percent that every coming month with withholding can carry
 * without the net going below zero.
 */
export type VoluntaryTaxLimit = { maxAmountOre: Ore; maxPercent: number };

/** The form as submitted (strings), checked field by field so every error is reported at once. */
export const voluntaryTaxForm = z
  .object({
    kind: z.string().optional(),
    amount: z.string().optional().default(""),
    percent: z.string().optional().default(""),
    active: z.boolean(),
    limit: z.custom<VoluntaryTaxLimit>().optional(),
  })
  .transform((form, ctx) => {
    const fail = (path: string, code: VoluntaryTaxError, params?: Record<string, string>) => {
      ctx.addIssue({ code: "custom", path: [path], message: code, params });
      return z.NEVER;
    };
    const limit = form.limit ?? { maxAmountOre: kr(MAX_VOLUNTARY_AMOUNT_KR), maxPercent: MAX_VOLUNTARY_PERCENT };
    if (form.kind === "stop") return form.active ? ({ kind: "stop" } as const) : fail("kind", "nothingToStop");
    if (form.kind === "amount") {
      const raw = form.amount.trim();
      if (!raw) return fail("amount", "amountRequired");
      if (/^\d+[.,]\d*$/.test(raw)) return fail("amount", "amountWhole");
      const value = parseWholeKroner(raw);
      if (value === null) return fail("amount", "amountNotNumber");
      if (value < 1 || value > MAX_VOLUNTARY_AMOUNT_KR) return fail("amount", "amountRange");
      if (kr(value) > limit.maxAmountOre)
        return fail("amount", limit.maxAmountOre < 100 ? "noRoom" : "amountOverLimit", { maxOre: String(limit.maxAmountOre) });
      return { kind: "amount", amountOre: kr(value) } as const;
    }
    if (form.kind === "percent") {
      const raw = form.percent.trim();
      if (!raw) return fail("percent", "percentRequired");
      if (/^\d+[.,]\d{2,}$/.test(raw)) return fail("percent", "percentDecimals");
      const value = parseOneDecimal(raw);
      if (value === null) return fail("percent", "percentNotNumber");
      if (value <= 0 || value > MAX_VOLUNTARY_PERCENT) return fail("percent", "percentRange");
      if (value > limit.maxPercent) return fail("percent", limit.maxPercent < 0.1 ? "noRoom" : "percentOverLimit", { maxPercent: String(limit.maxPercent) });
      return { kind: "percent", percent: value } as const;
    }
    return fail("kind", "kindRequired");
  });

/**
 * The room for voluntary tax over the coming months of a profile: for each of
 * the next twelve months from `from` that pays and withholds, what is left after
 * ordinary tax and deductions; the limit is the tightest month.
 */
export function voluntaryTaxLimit(profile: PensionProfile, from: YearMonth): VoluntaryTaxLimit {
  let maxAmountOre = kr(MAX_VOLUNTARY_AMOUNT_KR);
  let maxPercent = MAX_VOLUNTARY_PERCENT;
  for (let i = 0; i < 12; i++) {
    const month = addMonths(from, i);
    const inMonth = voluntaryTaxRoomIn(profile, month);
    if (!inMonth) continue;
    const { roomOre: room, grossOre: gross } = inMonth;
    maxAmountOre = Math.min(maxAmountOre, room);
    let percent = Math.floor((room * 1000) / gross) / 10;
    while (percent > 0 && roundToKrone(percentOf(gross, percent)) > room) percent = Math.round(percent * 10 - 1) / 10;
    maxPercent = Math.min(maxPercent, percent);
  }
  return { maxAmountOre, maxPercent };
}

/** The first month a change registered today is actually withheld: never December, when no tax is withheld. */
export function firstWithholdingMonth(today: IsoDate): YearMonth {
  return firstWithheldFrom(effectiveMonth(today));
}

/** The first month a deduction in force from `from` is withheld. */
export function firstWithheldFrom(from: YearMonth): YearMonth {
  return isTaxFreeMonth(from) ? addMonths(from, 1) : from;
}

export type VoluntaryTaxChange = { kind: "stop" } | { kind: "amount"; amountOre: Ore } | { kind: "percent"; percent: number };

/** A registered change applies from the month after it is registered. */
export function effectiveMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), 1);
}

/**
 * Warns when this year's withholding looks low against what the tax card
 * implies for the income paid so far (risk of back tax). 10 % slack.
 */
export function withholdingLooksLow(withheldOre: Ore, expectedOre: Ore): boolean {
  return expectedOre > 0 && withheldOre < expectedOre * 0.9;
}
