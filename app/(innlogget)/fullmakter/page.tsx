import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, ButtonLink, Heading, Link, Tag, VStack } from "@/components/ui/aksel";
import { TableDataCell, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { ScopeList } from "@/components/ScopeList";
import { requirePage } from "@/lib/server/auth/current-user";
import { powersOverview, type GrantedPower } from "@/lib/server/data/powers";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/clock";
import { ListTable } from "@/components/ListTable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("powers");
  return { title: t("heading") };
}

const STATUS_TAG = { ACTIVE: "success", NOT_STARTED: "info", EXPIRED: "neutral", REVOKED: "neutral", ENDED_BY_DEATH: "neutral" } as const;

/** Who can act for me (and until when, with what), whom I can act for, and the ways to give and revoke. Only for the person themself. */
export default async function PowersPage() {
  const user = await requirePage("/fullmakter");
  const t = await getTranslations("powers");
  const locale = toLocale(await getLocale());
  const { granted, held } = await powersOverview(user, today());
  const period = (p: { validFrom: string; validTo: string | null }) =>
    p.validTo
      ? t("period", { from: formatDate(p.validFrom, locale), to: formatDate(p.validTo, locale) })
      : t("periodOpen", { from: formatDate(p.validFrom, locale) });
  const revokable = (p: GrantedPower) => p.kind === "POWER_OF_ATTORNEY" && (p.status === "ACTIVE" || p.status === "NOT_STARTED");
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>

      <section aria-labelledby="granted-heading">
        <VStack gap="space-16">
          <Heading level="2" size="large" id="granted-heading">
            {t("grantedHeading")}
          </Heading>
          <ListTable
            items={granted}
            empty={t("grantedEmpty")}
            caption={t("grantedCaption")}
            columns={[t("who"), t("what"), t("when"), t("statusHeading")]}
            row={(p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row" label={t("who")}>
                  {p.attorneyName}
                  <BodyShort size="small">{t(`kind.${p.kind}`)}</BodyShort>
                </TableHeaderCell>
                <TableDataCell label={t("what")}>
                  <ScopeList scopes={p.scopes} />
                </TableDataCell>
                <TableDataCell label={t("when")}>{period(p)}</TableDataCell>
                <TableDataCell label={t("statusHeading")}>
                  <VStack gap="space-8" align="start">
                    <Tag variant={STATUS_TAG[p.status]} size="small">
                      {p.status === "REVOKED" && p.revokedOn ? t("revokedOn", { date: formatDate(p.revokedOn, locale) }) : t(`status.${p.status}`)}
                    </Tag>
                    {revokable(p) && (
                      <Link href={`/fullmakter/${p.id}/trekk-tilbake`}>
                        {t("revokeLink")}
                        <span className="aksel-sr-only"> {t("revokeFor", { name: p.attorneyName })}</span>
                      </Link>
                    )}
                    {p.kind === "GUARDIAN" && <BodyShort size="small">{t("guardianNote")}</BodyShort>}
                  </VStack>
                </TableDataCell>
              </TableRow>
            )}
          />
          <div>
            <ButtonLink href="/fullmakter/ny" variant="secondary">
              {t("giveLink")}
            </ButtonLink>
          </div>
        </VStack>
      </section>

      <section aria-labelledby="held-heading">
        <VStack gap="space-16">
          <Heading level="2" size="large" id="held-heading">
            {t("heldHeading")}
          </Heading>
          {held.length === 0 ? (
            <BodyLong>{t("heldEmpty")}</BodyLong>
          ) : (
            <>
              <ul className="plain-list">
                {held.map((h) => (
                  <li key={h.powerId}>
                    <BodyShort weight="semibold">
                      {h.subjectName} ({t(`kind.${h.kind}`).toLocaleLowerCase(locale)})
                    </BodyShort>
                    <BodyShort size="small">{h.validTo ? t("heldUntil", { date: formatDate(h.validTo, locale) }) : t("heldOpen")}</BodyShort>
                    <ScopeList scopes={h.scopes} />
                  </li>
                ))}
              </ul>
              <Link href="/velg-person">{t("heldAct")}</Link>
            </>
          )}
        </VStack>
      </section>
    </PageShell>
  );
}
