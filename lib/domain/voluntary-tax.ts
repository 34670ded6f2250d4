import { z } from "zod";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "./calendar";
import { kr, type Ore } from "./money";

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
  | "nothingToStop";

const toNumber = (raw: string) => Number(raw.replace(/\s/g, "").replace(",", "."));

/** The form as submitted (strings), checked field by field so every error is reported at once. */
export const voluntaryTaxForm = z
  .object({
    kind: z.string().optional(),
    amount: z.string().optional().default(""),
    percent: z.string().optional().default(""),
    active: z.boolean(),
  })
  .transform((form, ctx) => {
    const fail = (path: string, code: VoluntaryTaxError) => {
      ctx.addIssue({ code: "custom", path: [path], message: code });
      return z.NEVER;
    };
    if (form.kind === "stop") return form.active ? ({ kind: "stop" } as const) : fail("kind", "nothingToStop");
    if (form.kind === "amount") {
      const raw = form.amount.trim();
      if (!raw) return fail("amount", "amountRequired");
      const value = toNumber(raw);
      if (!Number.isFinite(value)) return fail("amount", "amountNotNumber");
      if (!Number.isInteger(value)) return fail("amount", "amountWhole");
      if (value < 1 || value > MAX_VOLUNTARY_AMOUNT_KR) return fail("amount", "amountRange");
      return { kind: "amount", amountOre: kr(value) } as const;
    }
    if (form.kind === "percent") {
      const raw = form.percent.trim();
      if (!raw) return fail("percent", "percentRequired");
      const value = toNumber(raw);
      if (!Number.isFinite(value)) return fail("percent", "percentNotNumber");
      if (Math.round(value * 10) !== value * 10) return fail("percent", "percentDecimals");
      if (value <= 0 || value > MAX_VOLUNTARY_PERCENT) return fail("percent", "percentRange");
      return { kind: "percent", percent: value } as const;
    }
    return fail("kind", "kindRequired");
  });

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
