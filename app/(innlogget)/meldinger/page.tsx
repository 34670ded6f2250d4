import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Box, Button, ButtonLink, Heading, HStack, Link, Tag, VStack } from "@/components/ui/aksel";
import { markRead } from "./actions";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { inbox } from "@/lib/server/data/cases";
import { conversations } from "@/lib/server/data/conversations";
import { contactChannels } from "@/lib/server/data/contact";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("heading") };
}

/** Conversations with Nav first (with "write to us"), then how Nav notifies the person, then notices from Nav. */
export default async function InboxPage() {
  const user = await requirePage("/meldinger");
  const t = await getTranslations("inbox");
  const locale = toLocale(await getLocale());
  const [messages, threads, contact] = await Promise.all([inbox(user), conversations(user), contactChannels(user)]);
  const date = (d: Date) => formatInstantDate(d, locale);
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>

      <VStack as="section" aria-labelledby="threads-heading" gap="space-12">
        <Heading level="2" size="large" id="threads-heading">
          {t("threadsHeading")}
        </Heading>
        <div>
          <ButtonLink href="/meldinger/ny">{t("writeLink")}</ButtonLink>
        </div>
        {threads.length === 0 ? (
          <BodyLong>{t("threadsEmpty")}</BodyLong>
        ) : (
          <ul className="plain-list">
            {threads.map((c) => (
              <li key={c.id}>
                <HStack gap="space-8" align="center">
                  <Link href={`/meldinger/samtale/${c.id}`}>{t(`form.topics.${c.topic}`)}</Link>
                  {c.unread > 0 && (
                    <Tag size="xsmall" variant="info">
                      {t("newAnswers", { count: c.unread })}
                    </Tag>
                  )}
                </HStack>
                <BodyShort size="small">
                  {t("lastActivity", { date: date(c.lastAt) })}{" "}
                  {c.waitingForNav && c.answerDeadline && c.status !== "CLOSED" ? t("answerBy", { date: date(c.answerDeadline) }) : ""}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </VStack>

      <VStack as="section" aria-labelledby="notify-heading" gap="space-8">
        <Heading level="2" size="medium" id="notify-heading">
          {t("notifyHeading")}
        </Heading>
        {contact.reserved ? (
          <BodyLong>{t("notifyReserved")}</BodyLong>
        ) : (
          <BodyLong>{t("notifyDigital", { phone: contact.phone ?? "–", email: contact.email ?? "–" })}</BodyLong>
        )}
        <BodyShort size="small">{t("notifyChange")}</BodyShort>
      </VStack>

      <VStack as="section" aria-labelledby="notices-heading" gap="space-12">
        <Heading level="2" size="large" id="notices-heading">
          {t("noticesHeading")}
        </Heading>
        {messages.length === 0 && <BodyLong>{t("empty")}</BodyLong>}
        <VStack gap="space-12" as="ul" style={{ listStyle: "none", padding: 0 }}>
          {messages.map((m) => (
            <Box as="li" key={m.id} id={`melding-${m.id}`} padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
              {/* Messages from Nav are written in bokmål: their subject and text are marked so; the page's own words are not. */}
              <VStack gap="space-4" as="article">
                <HStack gap="space-8" align="center">
                  <Heading level="3" size="xsmall" lang="nb">
                    {m.subject}
                  </Heading>
                  {!m.readAt && (
                    <Tag size="xsmall" variant="info">
                      {t("unread")}
                    </Tag>
                  )}
                </HStack>
                <BodyShort size="small">{date(m.createdAt)}</BodyShort>
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
      </VStack>
    </PageShell>
  );
}
