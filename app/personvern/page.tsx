import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Heading, Link, List, VStack, ListItem } from "@/components/ui/aksel";
import { ArticleWithToc } from "@/components/ArticleWithToc";
import { formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { PRIVACY_TOPICS } from "@/lib/privacy-topics";
import { byCode } from "@/lib/i18n/by-code";

const SECTIONS = ["responsible", "what", "why", "who", "sharing", "storage", "rights", "cookies", "complaint"] as const;
const LAST_UPDATED = "2026-11-25";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("heading") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  const tt = await getTranslations("privacyTopics");
  const locale = toLocale(await getLocale());
  return (
    <ArticleWithToc
      title={t("heading")}
      updated={formatDate(LAST_UPDATED, locale)}
      sections={SECTIONS.map((key) => ({ id: key, title: t(`sections.${key}.title`), body: t(`sections.${key}.body`) }))}
    >
      <VStack gap="space-8" as="section" aria-labelledby="more-heading">
        <Heading level="2" size="medium" id="more-heading">
          {t("more")}
        </Heading>
        <List>
          {Object.keys(PRIVACY_TOPICS).map((slug) => (
            <ListItem key={slug}>
              <Link href={`/personvern/${slug}`}>{byCode(tt, `${slug}.title`)}</Link>
            </ListItem>
          ))}
        </List>
      </VStack>
    </ArticleWithToc>
  );
}
