import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/aksel";
import { ArticleWithToc } from "@/components/ArticleWithToc";
import { formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { PRIVACY_TOPICS, type PrivacyTopic } from "@/lib/privacy-topics";
import { cookies } from "next/headers";
import { StatisticsChoice } from "@/components/StatisticsChoice";
import { STATS_COOKIE, statsChoice } from "@/lib/statistics";
import { setStatisticsChoice } from "@/app/actions";
import { byCode } from "@/lib/i18n/by-code";
import { NotFoundContent } from "@/components/NotFoundContent";

type Params = Promise<{ tema: string }>;
const isTopic = (slug: string): slug is PrivacyTopic => slug in PRIVACY_TOPICS;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { tema } = await params;
  if (!isTopic(tema)) return { title: (await getTranslations("errors"))("notFoundHeading"), robots: { index: false } };
  return { title: (await getTranslations("privacyTopics"))(`${tema}.title`) };
}

/** Public privacy topics, in plain words, each with its own table of contents. */
export default async function PrivacyTopicPage({ params }: { params: Params }) {
  const { tema } = await params;
  if (!isTopic(tema)) return <NotFoundContent />;
  const t = await getTranslations("privacyTopics");
  const tp = await getTranslations("privacy");
  const locale = toLocale(await getLocale());
  const topic = PRIVACY_TOPICS[tema];
  return (
    <ArticleWithToc
      title={t(`${tema}.title`)}
      updated={formatDate(topic.updated, locale)}
      sections={topic.sections.map((s) => ({ id: s, title: byCode(t, `${tema}.sections.${s}.title`), body: byCode(t, `${tema}.sections.${s}.body`) }))}
    >
      {tema === "informasjonskapsler" && (
        <div id="innstillinger">
          <StatisticsChoice action={setStatisticsChoice} banner={false} current={statsChoice((await cookies()).get(STATS_COOKIE)?.value)} />
        </div>
      )}
      <Link href="/personvern">{tp("heading")}</Link>
    </ArticleWithToc>
  );
}
