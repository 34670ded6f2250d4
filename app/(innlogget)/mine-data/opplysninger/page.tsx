import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Box, Heading, HGrid, Link, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { type Group, myData, SOURCES } from "@/lib/server/data/my-data";
import { myDataFacts } from "@/lib/my-data-facts";
import { toLocale } from "@/lib/i18n/locales";
import { runtime } from "@/lib/i18n/by-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myData");
  return { title: t("heading") };
}

export default async function MyDataPage() {
  const user = await requirePage("/mine-data/opplysninger");
  const t = await getTranslations("myData");
  const locale = toLocale(await getLocale());
  const d = await myData(user);
  const facts = myDataFacts(d, runtime(t), locale);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
        {(Object.keys(SOURCES) as Group[]).map((group) => (
          <Box key={group} as="section" aria-labelledby={`group-${group}`} padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
            <VStack gap="space-4">
              <Heading level="2" size="xsmall" id={`group-${group}`}>
                {t(`groups.${group}`)}
              </Heading>
              {facts[group].map((f) => (
                <BodyShort key={f}>{f}</BodyShort>
              ))}
              <BodyShort size="small">{t("source", { source: t(`sources.${SOURCES[group].source}`) })}</BodyShort>
              <BodyShort size="small">{t("purpose", { purpose: t(`purposes.${SOURCES[group].purpose}`) })}</BodyShort>
            </VStack>
          </Box>
        ))}
      </HGrid>
      <Link href="/mine-data/rettigheter">{t("wrong")}</Link>
    </PageShell>
  );
}
