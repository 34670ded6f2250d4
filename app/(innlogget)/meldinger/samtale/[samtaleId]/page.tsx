import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Button, Heading, Link, Tag, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { MessageForm } from "@/components/MessageForm";
import { FormMessages } from "@/components/form/FormMessages";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { conversation } from "@/lib/server/data/conversations";
import { formatInstant, formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, type SearchParams } from "@/lib/search-params";
import { markThreadRead, submitReply } from "../../actions";

type Params = Promise<{ samtaleId: string }>;

const load = cache(async (id: string) => conversation(await requirePage(`/meldinger/samtale/${id}`), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("inbox");
  const found = await load((await params).samtaleId);
  return { title: found ? t("threadTitle", { topic: t(`form.topics.${found.topic}`) }) : t("threadNotFound") };
}

/**
 * One conversation: every message in order, who wrote it, when an answer is
 * due, and a reply form. Nav's answers are marked read by a button, not by
 * opening the page.
 */
export default async function ConversationPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { samtaleId } = await params;
  const user = await requirePage(`/meldinger/samtale/${samtaleId}`);
  const found = await load(samtaleId);
  if (!found) return <NotFoundContent />;
  const t = await getTranslations("inbox");
  const locale = toLocale(await getLocale());
  const sent = first((await searchParams).sendt) === "1";
  const unread = found.messages.some((m) => m.fromNav && !m.readAt);
  const waiting = found.messages.at(-1)?.fromNav === false;
  return (
    <PageShell width="md">
      <Link href="/meldinger">{t("back")}</Link>
      {sent && (
        <Alert variant="success" role="status">
          {t("sent", { date: found.answerDeadline ? formatInstantDate(found.answerDeadline, locale) : "" })}
        </Alert>
      )}
      <Heading level="1" size="xlarge">
        {t("threadTitle", { topic: t(`form.topics.${found.topic}`) })}
      </Heading>
      {waiting && found.answerDeadline && <BodyLong weight="semibold">{t("answerBy", { date: formatInstantDate(found.answerDeadline, locale) })}</BodyLong>}
      <VStack as="ol" gap="space-12" className="plain-list">
        {found.messages.map((m) => (
          <Box
            as="li"
            key={m.id}
            padding="space-16"
            borderRadius="8"
            borderWidth="1"
            borderColor={m.fromNav ? "info-subtle" : "neutral-subtle"}
            background={m.fromNav ? "info-soft" : undefined}
          >
            <VStack gap="space-4" as="article">
              <Heading level="2" size="xsmall">
                {m.fromNav ? t("fromNav") : m.writtenBy ? t("fromRepresentative", { name: m.writtenBy }) : t("fromYou")}
                {m.fromNav && !m.readAt && (
                  <>
                    {" "}
                    <Tag size="xsmall" variant="info">
                      {t("unread")}
                    </Tag>
                  </>
                )}
              </Heading>
              <BodyShort size="small">{formatInstant(m.createdAt, locale)}</BodyShort>
              <BodyLong className="message-text" lang={m.fromNav ? "nb" : undefined}>
                {m.body}
              </BodyLong>
            </VStack>
          </Box>
        ))}
      </VStack>
      {unread && (
        <form action={markThreadRead}>
          <input type="hidden" name="thread" value={found.id} />
          <Button type="submit" variant="secondary" size="small">
            {t("markThreadRead")}
          </Button>
        </form>
      )}
      {found.status !== "CLOSED" ? (
        <VStack as="section" aria-labelledby="reply-heading" gap="space-12">
          <Heading level="2" size="medium" id="reply-heading">
            {t("replyHeading")}
          </Heading>
          <BodyShort>{t("sensitiveShort")}</BodyShort>
          <FormMessages>
            <MessageForm action={submitReply} idempotencyKey={formKey(user)} thread={found.id} />
          </FormMessages>
        </VStack>
      ) : (
        <BodyLong>{t("closed")}</BodyLong>
      )}
    </PageShell>
  );
}
