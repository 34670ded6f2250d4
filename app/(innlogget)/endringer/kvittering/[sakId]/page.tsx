import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link, List, ListItem, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { changeReceipt } from "@/lib/server/data/life-changes";
import { answerRows, effectSentences, informedSentences } from "@/components/LifeChangeTexts";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

type Params = Promise<{ sakId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lifeChange.receipt");
  return { title: t("heading") };
}

/** The receipt: what was reported, what usually happens, who else is told, and when a caseworker answers. */
export default async function ChangeReceiptPage({ params }: { params: Params }) {
  const { sakId } = await params;
  const user = await requirePage(`/endringer/kvittering/${sakId}`);
  const found = await changeReceipt(user, sakId);
  if (!found) notFound();
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
