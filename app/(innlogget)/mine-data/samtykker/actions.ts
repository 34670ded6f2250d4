"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAction } from "@/lib/server/auth/current-user";
import { setConsent } from "@/lib/server/data/privacy";
import { CONSENT_PURPOSES } from "@/lib/domain/consents";

const consentForm = z.object({ purpose: z.enum(CONSENT_PURPOSES), choice: z.enum(["give", "withdraw"]) });

/** Grants or withdraws after the confirmation step; the level comes from the route policy table. */
export async function confirmConsent(formData: FormData): Promise<void> {
  const user = await requireAction("/mine-data/samtykker");
  const parsed = consentForm.safeParse({ purpose: formData.get("purpose"), choice: formData.get("choice") });
  if (!parsed.success) redirect("/mine-data/samtykker");
  const give = parsed.data.choice === "give";
  await setConsent(user, parsed.data.purpose, give);
  // Back to the consent just changed: its confirmation is shown there, where the page opens.
  redirect(`/mine-data/samtykker?endret=${give ? "gitt" : "trukket"}&formal=${parsed.data.purpose}#${parsed.data.purpose}`);
}
