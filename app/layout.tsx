import "./globals.css";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { currentUserIfKnown } from "@/lib/server/auth/current-user";
import { formHadErrors } from "@/lib/server/forms/error-title";
import { cookies } from "next/headers";
import { StatisticsChoice } from "@/components/StatisticsChoice";
import { PageViewBeacon } from "@/components/PageViewBeacon";
import { STATS_COOKIE, statsChoice } from "@/lib/statistics";
import { actAsSelf, setLanguage, setStatisticsChoice } from "./actions";
import { ActingBanner } from "@/components/ActingBanner";
import { SessionTimeout } from "@/components/SessionTimeout";
import { PageScript } from "@/components/PageScript";
import { FONT_STACK } from "@/components/ui/font";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  // A form sent without JavaScript that came back with errors says so first in the title.
  const prefix = (await formHadErrors()) ? (await getTranslations("forms"))("errorTitlePrefix") : "";
  return { title: { default: `${prefix}${t("title")}`, template: `${prefix}%s – ${t("title")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("layout");
  // The header must never take a page down: without the database, public pages still render
  // (shown as logged out), and logged-in pages show their own error page.
  const user = await currentUserIfKnown();
  const stats = statsChoice((await cookies()).get(STATS_COOKIE)?.value);
  // The session's ends come with the session lookup above: no second query.
  const times = user?.ends ?? null;
  const ts = await getTranslations("session");
  return (
    <html lang={locale} style={{ "--ax-font-family": FONT_STACK } as React.CSSProperties}>
      <body>
        {stats === null && <StatisticsChoice action={setStatisticsChoice} banner />}
        {stats === "ja" && <PageViewBeacon />}
        <a className="skip-link aksel-link" href="#maincontent">
          {t("skipLink")}
        </a>
        <SiteHeader
          user={
            user && {
              name: user.name,
              level: user.level,
              acting: user.acting,
              canSwitch: Boolean(user.acting || user.holdsPowers),
              foreignEid: Boolean(user.foreignEid),
            }
          }
          setLanguage={setLanguage}
        />
        {user?.acting && <ActingBanner name={user.acting.subjectName} kind={user.acting.kind} actAsSelf={actAsSelf} />}
        <main id="maincontent" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        {times && (
          <>
            <SessionTimeout />
            <PageScript
              config={{
                session: {
                  idleEndsAt: times.idleEndsAt.toISOString(),
                  endsAt: times.endsAt.toISOString(),
                  now: new Date().toISOString(),
                  idleText: ts.raw("idleText") as string,
                  absoluteText: ts.raw("absoluteText") as string,
                },
              }}
            />
          </>
        )}
      </body>
    </html>
  );
}
