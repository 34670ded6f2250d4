import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Heading, Link, List, VStack } from "@navikt/ds-react";
import { ListItem } from "@navikt/ds-react/List";
import { PageShell } from "@/components/PageShell";
import { formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

const SECTIONS = ["responsible", "what", "why", "who", "storage", "rights", "cookies", "complaint"] as const;
const LAST_UPDATED = "2026-11-22";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("heading") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  const locale = toLocale(await getLocale());
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyShort size="small">{t("lastUpdated", { date: formatDate(LAST_UPDATED, locale) })}</BodyShort>
      <nav aria-labelledby="toc-heading">
        <Heading level="2" size="small" id="toc-heading">
          {t("toc")}
        </Heading>
        <List>
          {SECTIONS.map((key) => (
            <ListItem key={key}>
              <Link href={`#${key}`}>{t(`sections.${key}.title`)}</Link>
            </ListItem>
          ))}
        </List>
      </nav>
      {SECTIONS.map((key) => (
        <VStack gap="space-8" key={key} as="section" aria-labelledby={key}>
          <Heading level="2" size="medium" id={key}>
            {t(`sections.${key}.title`)}
          </Heading>
          <BodyLong>{t(`sections.${key}.body`)}</BodyLong>
        </VStack>
      ))}
    </PageShell>
  );
}
