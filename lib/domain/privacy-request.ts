import { z } from "zod";
import { addDays, type IsoDate } from "./calendar";
import { RIGHTS, DATA_ITEMS } from "./privacy-request-fields";
export { RIGHTS_FIELDS } from "./privacy-request-fields";

/** Nav answers requests about rights within 30 days (free of charge). */
const ANSWER_DAYS = 30;
export const answerDeadline = (today: IsoDate) => addDays(today, ANSWER_DAYS);

export const privacyRequestForm = z.object({
  right: z.enum(RIGHTS, { message: "rightRequired" }),
  item: z.enum(DATA_ITEMS, { message: "itemRequired" }),
  reason: z.string().trim().min(10, { message: "reasonShort" }).max(2000, { message: "reasonLong" }),
});
