import { z } from "zod";
import { addDays, type IsoDate } from "./calendar";

export const RIGHTS = ["RECTIFICATION", "ERASURE", "RESTRICTION", "OBJECTION"] as const;
export const DATA_ITEMS = ["PERSON", "CONTACT", "ADDRESS", "BANK_ACCOUNT", "PENSION", "PAYMENTS", "CASES", "INSTITUTION", "CONSENTS", "POWERS"] as const;

/** Nav answers requests about rights within 30 days (free of charge). */
const ANSWER_DAYS = 30;
export const answerDeadline = (today: IsoDate) => addDays(today, ANSWER_DAYS);

/** The fields of the rights-request form, with their length limits. */
export const RIGHTS_FIELDS = { right: { max: 20 }, item: { max: 20 }, reason: { max: 2000, multiline: true } } as const;
export type RightsField = keyof typeof RIGHTS_FIELDS;

export const privacyRequestForm = z.object({
  right: z.enum(RIGHTS, { message: "rightRequired" }),
  item: z.enum(DATA_ITEMS, { message: "itemRequired" }),
  reason: z.string().trim().min(10, { message: "reasonShort" }).max(2000, { message: "reasonLong" }),
});
