"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import { STATS_COOKIE } from "@/lib/statistics";
import { safeReturnPath } from "@/lib/server/auth/policy";

/** Language switch: a plain form post, so it works without JavaScript. */
export async function setLanguage(formData: FormData): Promise<void> {
  const locale = toLocale(String(formData.get("locale")));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
  redirect(safeReturnPath(String(formData.get("returnTo") ?? "/")));
}

/** The statistics choice from the cookie banner or the cookie page; remembered for a year. */
export async function setStatisticsChoice(formData: FormData): Promise<void> {
  const choice = formData.get("choice") === "ja" ? "ja" : "nei";
  (await cookies()).set(STATS_COOKIE, choice, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600, httpOnly: true });
  redirect(safeReturnPath(String(formData.get("returnTo") ?? "/")));
}
