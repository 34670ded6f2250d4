import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Heading, HStack, ButtonLink } from "@/components/ui/aksel";
import { TableDataCell, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { Pager } from "@/components/Pager";
import { requirePage } from "@/lib/server/auth/current-user";
import { accessLogPage, ACTOR_KINDS, type ActorFilter, LOG_PAGE_SIZE } from "@/lib/server/data/privacy";
import { formatInstant } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, pageNumber, type SearchParams } from "@/lib/search-params";
import { byCode } from "@/lib/i18n/by-code";
import { ListTable } from "@/components/ListTable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessLog");
  return { title: t("heading") };
}

const FILTERS: ActorFilter[] = ["ALL", ...ACTOR_KINDS];

export default async function AccessLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/mine-data/innsynslogg");
  const t = await getTranslations("accessLog");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const requested = first(params.hvem) as ActorFilter | undefined;
  const actor: ActorFilter = requested && FILTERS.includes(requested) ? requested : "ALL";
  const page = pageNumber(params.side);
  const { total, entries } = await accessLogPage(user, { actor, page });
  const pages = Math.max(1, Math.ceil(total / LOG_PAGE_SIZE));
  const href = (a: ActorFilter, p = 1) => `/mine-data/innsynslogg?hvem=${a}&side=${p}`;
  // Date and time both in Norway's time zone: 23:30 UTC is already the next day in Oslo.
  const time = (d: Date) => formatInstant(d, locale);
  const label = (group: string, key: string) => byCode(t, `${group}.${key}`, key);
  // "Eva Berg, with power of attorney": a representative by name and by what right.
  const who = (e: { actorKind: string; actorLabel: string | null; actorName: string | null }) =>
    e.actorKind === "REPRESENTATIVE" && e.actorName
      ? t(e.actorLabel === "GUARDIAN" ? "representativeGuardian" : "representativePower", { name: e.actorName })
      : e.actorLabel
        ? `${label("actors", e.actorKind)}: ${e.actorLabel}`
        : label("actors", e.actorKind);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <nav aria-label={t("filter")}>
        <HStack gap="space-8" wrap>
          {FILTERS.map((a) => (
            <ButtonLink key={a} href={href(a)} size="small" variant={a === actor ? "primary" : "secondary"} aria-current={a === actor ? "true" : undefined}>
              {label("actors", a)}
            </ButtonLink>
          ))}
        </HStack>
      </nav>
      <BodyShort aria-live="polite">{t("count", { total })}</BodyShort>
      <ListTable
        items={entries}
        empty={t("empty")}
        caption={t("caption")}
        columns={[t("when"), t("who"), t("what"), t("why")]}
        row={(e) => (
          <TableRow key={e.id}>
            <TableDataCell label={t("when")}>{time(e.at)}</TableDataCell>
            <TableHeaderCell scope="row" label={t("who")}>
              {who(e)}
            </TableHeaderCell>
            <TableDataCell label={t("what")}>{label("dataKinds", e.dataKind)}</TableDataCell>
            <TableDataCell label={t("why")}>{label("purposes", e.purpose)}</TableDataCell>
          </TableRow>
        )}
      />
      <Pager page={page} pages={pages} href={(p) => href(actor, p)} />
    </PageShell>
  );
}
