import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Heading, Link, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { PrintButton } from "@/components/PrintButton";
import { requirePage } from "@/lib/server/auth/current-user";
import { letter } from "@/lib/server/data/cases";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

type Params = Promise<{ brevId: string }>;

/** One lookup per request, shared by the title and the page (and logged once). */
const loadLetter = cache(async (brevId: string) => letter(await requirePage(`/brev/${brevId}`), brevId));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("cases");
  const found = await loadLetter((await params).brevId);
  return { title: found ? t("letterTitle", { title: found.title }) : t("letterNotFoundTitle") };
}

/** A letter, readable in the portal and printable. Letters are written in Norwegian, as sent. */
export default async function LetterPage({ params }: { params: Params }) {
  const { brevId } = await params;
  const t = await getTranslations("cases");
  const tp = await getTranslations("payments");
  const locale = toLocale(await getLocale());
  const found = await loadLetter(brevId);
  if (!found) return <NotFoundContent />;
  return (
    <PageShell width="md">
      {found.caseId && (
        <Link href={`/saker/${found.caseId}`} className="no-print">
          {t("toCase")}
        </Link>
      )}
      {found.byPost && <Alert variant="info">{t("sentByPost")}</Alert>}
      <VStack gap="space-16" as="article" lang="nb">
        <Heading level="1" size="xlarge">
          {found.title}
        </Heading>
        <BodyShort>{t("letterFrom", { date: formatInstantDate(found.sentAt, locale) })}</BodyShort>
        {found.automated && (
          <Alert variant="info" size="small">
            {t("letterAutomated")}
          </Alert>
        )}
        {found.body.split("\n\n").map((p, i) => (
          <BodyLong key={i}>{p}</BodyLong>
        ))}
      </VStack>
      <div>
        <PrintButton label={tp("print")} />
      </div>
    </PageShell>
  );
}
