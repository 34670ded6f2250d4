import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link, List, ListItem, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { requirePage } from "@/lib/server/auth/current-user";
import { changeReceipt } from "@/lib/server/data/life-changes";
import { answerRows, effectSentences, informedSentences } from "@/components/LifeChangeTexts";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

type Params = Promise<{ sakId: string }>;

/** One lookup per request, shared by the title and the page. */
const loadReceipt = cache(async (sakId: string) => changeReceipt(await requirePage(`/endringer/kvittering/${sakId}`), sakId));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await loadReceipt((await params).sakId);
  return { title: found ? (await getTranslations("lifeChange.receipt"))("heading") : (await getTranslations("errors"))("notFoundHeading") };
}

/** The receipt: what was reported, what usually happens, who else is told, and when a caseworker answers. */
export default async function ChangeReceiptPage({ params }: { params: Params }) {
  const { sakId } = await params;
  const found = await loadReceipt(sakId);
  if (!found) return <NotFoundContent />;
  const t = await getTranslations("lifeChange");
  const locale = toLocale(await getLocale());
  const [rows, effects, told] = await Promise.all([
    answerRows(found.change, locale),
    effectSentences(found.effects, locale),
    informedSentences({ informed: found.informed, fromRegister: found.fromRegister }, locale),
  ]);
  return (
    <PageShell width="md">
      <Alert variant="success" role="status">
        {t("receipt.saved")}
      </Alert>
      <Heading level="1" size="xlarge">
        {t("receipt.heading")}
      </Heading>
      {found.answerDeadline && <BodyLong>{t("receipt.answer", { date: formatInstantDate(found.answerDeadline, locale) })}</BodyLong>}
      <dl className="answer-list">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
      <VStack as="section" aria-labelledby="usually-heading" gap="space-8">
        <Heading level="2" size="medium" id="usually-heading">
          {t("usuallyHeading")}
        </Heading>
        <List>
          {effects.map((e) => (
            <ListItem key={e}>{e}</ListItem>
          ))}
        </List>
        <BodyLong size="small">{t("noDecision")}</BodyLong>
      </VStack>
      <VStack as="section" aria-labelledby="told-heading" gap="space-8">
        <Heading level="2" size="medium" id="told-heading">
          {t("toldOnceHeading")}
        </Heading>
        <List>
          {told.map((e) => (
            <ListItem key={e}>{e}</ListItem>
          ))}
        </List>
      </VStack>
      <Link href={`/saker/${found.id}`}>{t("receipt.toCase")}</Link>
    </PageShell>
  );
}
