import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Heading, Link, List, Tag, VStack, ListItem } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { requirePage } from "@/lib/server/auth/current-user";
import { caseDetail } from "@/lib/server/data/cases";
import { may } from "@/lib/server/data/access-log";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, type SearchParams } from "@/lib/search-params";
import { byCode } from "@/lib/i18n/by-code";

type Params = Promise<{ sakId: string }>;

/** One lookup per request, shared by the title and the page (and logged once). */
const loadCase = cache(async (sakId: string) => caseDetail(await requirePage(`/saker/${sakId}`), sakId));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("cases");
  const found = await loadCase((await params).sakId);
  if (!found) return { title: t("caseNotFoundTitle") };
  const type = byCode(t, `types.${found.type}`, found.type);
  return { title: t("caseTitle", { type }) };
}

/** One case: status, what has happened, what happens next, and its letters. Also the receipt after applying. */
export default async function CasePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { sakId } = await params;
  const t = await getTranslations("cases");
  const locale = toLocale(await getLocale());
  const found = await loadCase(sakId);
  if (!found) return <NotFoundContent />;
  // A representative who may not read cases came here for the receipt of their own change: back to the overview instead.
  const back = may(await requirePage(`/saker/${sakId}`), "CASES_LETTERS") ? "/saker" : "/oversikt";
  const isNew = first((await searchParams).ny) === "1";
  const date = (d: Date) => formatInstantDate(d, locale);
  const type = byCode(t, `types.${found.type}`, found.type);
  return (
    <PageShell width="md">
      <Link href={back}>{back === "/saker" ? t("back") : t("backToOverview")}</Link>
      {isNew && <Alert variant="success">{t("newCase")}</Alert>}
      <Heading level="1" size="xlarge">
        {t("detailHeading", { type })}
      </Heading>
      <BodyShort>
        {t("submitted", { date: date(found.createdAt) })} ·{" "}
        <Tag size="small" variant={found.status === "DECIDED" ? "success" : "info"}>
          {t(`statuses.${found.status}`)}
        </Tag>
      </BodyShort>
      {found.submittedBy && <BodyShort>{t("submittedBy", { name: found.submittedBy })}</BodyShort>}
      <BodyLong>{t(`next.${found.status}`)}</BodyLong>
      {found.answerDeadline && found.status !== "DECIDED" && found.status !== "CLOSED" && (
        <BodyLong weight="semibold">{t("deadline", { date: date(found.answerDeadline) })}</BodyLong>
      )}
      <VStack gap="space-8" as="section" aria-labelledby="timeline-heading">
        <Heading level="2" size="small" id="timeline-heading">
          {t("timeline")}
        </Heading>
        <List>
          {found.events.map((e, i) => (
            <ListItem key={i}>{`${date(e.at)}: ${byCode(t, `events.${e.type}`, e.type)}`}</ListItem>
          ))}
        </List>
      </VStack>
      {found.letters.length > 0 && (
        <VStack gap="space-8" as="section" aria-labelledby="letters-heading">
          <Heading level="2" size="small" id="letters-heading">
            {t("letters")}
          </Heading>
          <List>
            {found.letters.map((l) => (
              <ListItem key={l.id}>
                <Link href={`/brev/${l.id}`} lang="nb">
                  {l.title}
                </Link>{" "}
                ({date(l.sentAt)})
                {l.automated && (
                  <>
                    {" "}
                    <Tag size="xsmall" variant="neutral">
                      {t("automatedTag")}
                    </Tag>
                  </>
                )}
              </ListItem>
            ))}
          </List>
        </VStack>
      )}
    </PageShell>
  );
}
