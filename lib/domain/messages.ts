import { z } from "zod";
import { addDays, type IsoDate } from "./calendar";
import { isWorkingDay } from "./holidays";
import { MESSAGE_MAX_TEXT, TOPICS } from "./message-topics";
export { type Topic } from "./message-topics";

/** Nav answers a written message within this many working days. */
const ANSWER_WORKING_DAYS = 3;

/**
 * The day an answer is due: the third working day after the day the message
 * is sent (weekends and Norwegian public holidays do not count).
 */
export function answerDueBy(sentOn: IsoDate, workingDays = ANSWER_WORKING_DAYS): IsoDate {
  let d = sentOn;
  let left = workingDays;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left -= 1;
  }
  return d;
}

export const WRITE_FIELDS = { topic: { max: 20 }, text: { max: MESSAGE_MAX_TEXT, multiline: true } } as const;

/** The text of a message: one error at a time (empty, too short, too long). */
const text = z.string().transform((typed, ctx) => {
  const v = typed.trim();
  const code = v === "" ? "textRequired" : v.length < 10 ? "textShort" : v.length > MESSAGE_MAX_TEXT ? "textLong" : null;
  if (code) ctx.addIssue({ code: "custom", message: code });
  return v;
});

export const writeForm = z.object({ topic: z.enum(TOPICS, { message: "topicRequired" }), text });

export const REPLY_FIELDS = { thread: { max: 40 }, text: { max: MESSAGE_MAX_TEXT, multiline: true } } as const;
export const replyForm = z.object({ thread: z.uuid({ message: "threadUnknown" }), text });
