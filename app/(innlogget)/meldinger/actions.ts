"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAction } from "@/lib/server/auth/current-user";
import { markMessageRead } from "@/lib/server/data/cases";

const markReadForm = z.object({ messageId: z.uuid() });

/** A plain form post per message: opening the inbox (a GET) never changes anything. */
export async function markRead(formData: FormData): Promise<void> {
  const user = await requireAction("/meldinger");
  const parsed = markReadForm.safeParse({ messageId: formData.get("messageId") });
  if (parsed.success) await markMessageRead(user, parsed.data.messageId);
  redirect(parsed.success ? `/meldinger#melding-${parsed.data.messageId}` : "/meldinger");
}
