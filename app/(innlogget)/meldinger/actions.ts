"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAction } from "@/lib/server/auth/current-user";
import { markMessageRead } from "@/lib/server/data/cases";
import { ENQUIRY_CASE_TYPE, markConversationRead, replyToNav, writeToNav } from "@/lib/server/data/conversations";
import { formAction } from "@/lib/server/forms/form-action";
import { issuesToErrors } from "@/lib/forms/fields";
import { REPLY_FIELDS, replyForm, WRITE_FIELDS, writeForm } from "@/lib/domain/messages";

const markReadForm = z.object({ messageId: z.uuid() });

/** A plain form post per message: opening the inbox (a GET) never changes anything. */
export async function markRead(formData: FormData): Promise<void> {
  const user = await requireAction("/meldinger");
  const parsed = markReadForm.safeParse({ messageId: formData.get("messageId") });
  if (parsed.success) await markMessageRead(user, parsed.data.messageId);
  redirect(parsed.success ? `/meldinger#melding-${parsed.data.messageId}` : "/meldinger");
}

const markThreadForm = z.object({ thread: z.uuid() });

/** "Mark as read" on a conversation: an explicit post; opening the conversation does not change it. */
export async function markThreadRead(formData: FormData): Promise<void> {
  const user = await requireAction("/meldinger");
  const parsed = markThreadForm.safeParse({ thread: formData.get("thread") });
  if (!parsed.success) redirect("/meldinger");
  await markConversationRead(user, parsed.data.thread);
  redirect(`/meldinger/samtale/${parsed.data.thread}`);
}

/** Writing to Nav: a new conversation, saved once, answered within three working days. */
export const submitMessage = formAction({
  path: "/meldinger/ny",
  caseType: ENQUIRY_CASE_TYPE,
  need: "MESSAGES",
  fields: WRITE_FIELDS,
  parse(values) {
    const parsed = writeForm.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, "text" as const) };
  },
  run: (user, msg, meta) => writeToNav(user, msg, meta),
  receipt: (caseId) => `/meldinger/samtale/${caseId}?sendt=1`,
});

/** Answering in a conversation: saved once (the key is kept on the message). */
export const submitReply = formAction({
  path: "/meldinger",
  caseType: "ENQUIRY_REPLY",
  need: "MESSAGES",
  fields: REPLY_FIELDS,
  parse(values) {
    const parsed = replyForm.safeParse(values);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, "text" as const) };
  },
  run: (user, reply, meta) => replyToNav(user, reply, meta),
  receipt: (caseId) => `/meldinger/samtale/${caseId}?sendt=1`,
});
