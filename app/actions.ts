"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
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
