"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { chooseForm } from "@/lib/domain/representation";
import { requireUser, CHOOSER } from "@/lib/server/auth/current-user";
import { grantorOfHeldPower, setActingFor } from "@/lib/server/auth/mandates";
import { today } from "@/lib/clock";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { STATS_COOKIE } from "@/lib/statistics";
import { safeReturnPath } from "@/lib/server/auth/policy";

/**
 * Where to go back to after a small header or banner form: the page the form
 * was posted from. The browser names it in Referer (same origin, our
 * referrer policy keeps the path); without it, the front page. The path is
 * checked like any return address, so it can never lead off-site.
 */
async function backToPage(): Promise<string> {
  const h = await headers();
  const referer = h.get("referer");
  const host = h.get("host");
  if (!referer || !host) return "/";
  try {
    const url = new URL(referer);
    if (url.host !== host) return "/";
    return safeReturnPath(`${url.pathname}${url.search}`);
  } catch {
    return "/";
  }
}

/** Language switch: a plain form post, so it works without JavaScript. */
export async function setLanguage(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale")));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
  redirect(await backToPage());
}

/** The statistics choice from the cookie banner or the cookie page; remembered for a year. */
export async function setStatisticsChoice(formData: FormData): Promise<void> {
  const choice = formData.get("choice") === "ja" ? "ja" : "nei";
  (await cookies()).set(STATS_COOKIE, choice, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
  redirect(await backToPage());
}

/** "Back to yourself" from the banner: the session stops acting for anyone. */
export async function actAsSelf(): Promise<void> {
  const user = await requireUser({ level: "substantial", returnTo: "/oversikt" });
  await setActingFor(user.sessionId, user.actorId, null);
  revalidatePath("/", "layout");
  redirect("/oversikt");
}

/**
 * Whom to act for. The browser names a power, never a person: the server
 * looks the power up among those the logged-in person holds today, and acting
 * for someone needs the high level (a MinID session is sent to log in again).
 */
export async function chooseSubject(formData: FormData): Promise<void> {
  const user = await requireUser({ level: "substantial", returnTo: CHOOSER });
  const parsed = chooseForm.safeParse({ subject: formData.get("subject") ?? undefined, tilbake: formData.get("tilbake") ?? undefined });
  const onward = safeReturnPath(parsed.success ? parsed.data.tilbake : undefined);
  if (!parsed.success) redirect(`${CHOOSER}?${new URLSearchParams({ feil: "1", tilbake: onward })}`);
  const { subject } = parsed.data;
  if (subject === "self") {
    await setActingFor(user.sessionId, user.actorId, null);
    revalidatePath("/", "layout");
    redirect(onward);
  }
  if (user.level !== "high") redirect(`/logg-inn?${new URLSearchParams({ niva: "hoy", tilbake: CHOOSER })}`);
  const grantorId = await grantorOfHeldPower(user.actorId, subject, today());
  if (!grantorId) redirect(`${CHOOSER}?feil=2`);
  await setActingFor(user.sessionId, user.actorId, grantorId);
  revalidatePath("/", "layout");
  // The person acted for may not have the page the representative came from in their mandate: start at the overview.
  redirect("/oversikt");
}
