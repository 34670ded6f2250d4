"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAction } from "@/lib/server/auth/current-user";
import { beginDigitalCertificate, finishDigitalCertificate } from "@/lib/server/data/life-certificate";
import { verificationStartUrl, verifierAvailable } from "@/lib/server/verifier";

const startForm = z.object({ accept: z.literal("ja") });

/**
 * "Accept the terms and start": the terms must be ticked; the provider must
 * answer; then the consent is recorded and the browser goes to the identity
 * check. Every outcome comes back to /leveattest with a plain result code.
 */
export async function startDigital(formData: FormData): Promise<void> {
  const user = await requireAction("/leveattest");
  if (!startForm.safeParse({ accept: formData.get("accept") }).success) redirect("/leveattest?feil=vilkar#vilkar");
  if (!(await verifierAvailable())) redirect("/leveattest?resultat=utilgjengelig");
  const id = await beginDigitalCertificate(user);
  if (!id) redirect("/leveattest");
  redirect(verificationStartUrl(id));
}

const finishForm = z.object({ session: z.string().regex(/^[a-f0-9]{32}$/) });

const RESULT_CODE = { success: "godkjent", faceMismatch: "ansikt", expiredDocument: "utlopt", unavailable: "utilgjengelig", unknown: "ukjent" } as const;

/** "Send the life certificate" after the check: reads the provider's answer server to server and records it. */
export async function finishDigital(formData: FormData): Promise<void> {
  const user = await requireAction("/leveattest");
  const parsed = finishForm.safeParse({ session: formData.get("session") });
  const outcome = parsed.success ? await finishDigitalCertificate(user, parsed.data.session) : "unknown";
  redirect(`/leveattest?resultat=${RESULT_CODE[outcome]}`);
}
