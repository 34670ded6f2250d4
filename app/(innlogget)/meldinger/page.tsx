import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Box, Button, Heading, HStack, Tag, VStack } from "@/components/ui/aksel";
import { markRead } from "./actions";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { inbox } from "@/lib/server/data/cases";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("heading") };
}

export default async function InboxPage() {
  const user = await requirePage("/meldinger");
  const t = await getTranslations("inbox");
  const locale = toLocale(await getLocale());
  const messages = await inbox(user);
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {messages.length === 0 && <BodyLong>{t("empty")}</BodyLong>}
      <VStack gap="space-12" as="ul" style={{ listStyle: "none", padding: 0 }}>
        {messages.map((m) => (
          <Box as="li" key={m.id} id={`melding-${m.id}`} padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
            {/* Messages from Nav are written in bokmål: their subject and text are marked so; the page's own words are not. */}
            <VStack gap="space-4" as="article">
              <HStack gap="space-8" align="center">
                <Heading level="2" size="xsmall" lang="nb">
                  {m.subject}
                </Heading>
                {!m.readAt && (
                  <Tag size="xsmall" variant="info">
                    {t("unread")}
                  </Tag>
                )}
              </HStack>
              <BodyShort size="small">{formatInstantDate(m.createdAt, locale)}</BodyShort>
              <BodyLong lang="nb">{m.body}</BodyLong>
              {!m.readAt && (
                <form action={markRead}>
                  <input type="hidden" name="messageId" value={m.id} />
                  <Button type="submit" size="small" variant="tertiary">
                    {t("markRead")}
                  </Button>
                </form>
              )}
            </VStack>
          </Box>
        ))}
      </VStack>
    </PageShell>
  );
}
