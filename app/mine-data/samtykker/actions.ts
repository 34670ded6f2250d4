"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/auth/current-user";
import { setConsent } from "@/lib/server/data/privacy";
import { CONSENT_PURPOSES, type ConsentPurpose } from "@/lib/domain/consents";

/** Grants or withdraws after the confirmation step; consents are managed at the substantial level. */
export async function confirmConsent(formData: FormData): Promise<void> {
  const user = await requireUser({ level: "substantial", returnTo: "/mine-data/samtykker" });
  const purpose = String(formData.get("purpose")) as ConsentPurpose;
  const give = formData.get("choice") === "give";
  if (!CONSENT_PURPOSES.includes(purpose)) redirect("/mine-data/samtykker");
  await setConsent(user, purpose, give);
  redirect(`/mine-data/samtykker?endret=${give ? "gitt" : "trukket"}#${purpose}`);
}
