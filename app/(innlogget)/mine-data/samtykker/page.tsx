import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Heading, Tag, VStack, ButtonLink } from "@/components/ui/aksel";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { consentsOverview } from "@/lib/server/data/privacy";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, type SearchParams } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consents");
  return { title: t("heading") };
}

export default async function ConsentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/mine-data/samtykker");
  const t = await getTranslations("consents");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const changed = first(params.endret);
  const changedPurpose = first(params.formal);
  const { purposes, history } = await consentsOverview(user);
  const date = (d: Date) => formatInstantDate(d, locale);
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {purposes.map(({ purpose, given, latest }) => (
        <Box
          key={purpose}
          as="section"
          id={purpose}
          aria-labelledby={`${purpose}-heading`}
          padding="space-20"
          borderWidth="1"
          borderColor="neutral-subtle"
          borderRadius="8"
        >
          <VStack gap="space-8" align="start">
            <Heading level="2" size="small" id={`${purpose}-heading`}>
              {t(`purposes.${purpose}.name`)}{" "}
              <Tag size="xsmall" variant={given ? "success" : "neutral"}>
                {given ? t("actions.GRANTED") : t("never").replace(/\.$/, "")}
              </Tag>
            </Heading>
            {changed && changedPurpose === purpose && (
              <Alert variant="success" role="status" size="small">
                {changed === "gitt" ? t("changedGiven") : t("changedWithdrawn")}
              </Alert>
            )}
            <BodyLong>{t(`purposes.${purpose}.text`)}</BodyLong>
            <BodyShort>
              {!latest ? t("never") : latest.action === "GRANTED" ? t("given", { date: date(latest.at) }) : t("withdrawn", { date: date(latest.at) })}
            </BodyShort>
            {latest?.counterparty && <BodyShort size="small">{t("counterparty", { name: latest.counterparty })}</BodyShort>}
            <ButtonLink
              size="small"
              variant={given ? "secondary" : "primary"}
              href={`/mine-data/samtykker/bekreft?formal=${purpose}&valg=${given ? "trekk" : "gi"}`}
              aria-label={`${given ? t("withdraw") : t("give")}: ${t(`purposes.${purpose}.name`)}`}
            >
              {given ? t("withdraw") : t("give")}
            </ButtonLink>
          </VStack>
        </Box>
      ))}
      {history.length > 0 && (
        <Table size="small" reflow="stack" caption={t("historyCaption")} showCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t("historyWhat")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("historyAction")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("historyWhen")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.map((e) => (
              <TableRow key={e.id}>
                <TableHeaderCell scope="row" label={t("historyWhat")}>
                  {t(`purposes.${e.purpose}.name`)}
                </TableHeaderCell>
                <TableDataCell label={t("historyAction")}>{t(`actions.${e.action}`)}</TableDataCell>
                <TableDataCell label={t("historyWhen")}>{date(e.at)}</TableDataCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </PageShell>
  );
}
