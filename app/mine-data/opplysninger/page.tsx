import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Box, Heading, HGrid, Link, VStack } from "@navikt/ds-react";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { type Group, myData, SOURCES } from "@/lib/server/data/my-data";
import { formatDate, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myData");
  return { title: t("heading") };
}

export default async function MyDataPage() {
  const user = await requirePage("/mine-data/opplysninger");
  const t = await getTranslations("myData");
  const locale = toLocale(await getLocale());
  const d = await myData(user);
  const value = (v: string | null | undefined) => v || t("none");
  const facts: Record<Group, string[]> = {
    person: [t("name", { value: d.person.name }), t("fnr", { value: d.person.fnr }), t("birthDate", { value: formatDate(d.person.birthDate, locale) }), t("navOffice", { value: d.person.navOffice })],
    contact: [t("email", { value: value(d.contact.email) }), t("phone", { value: value(d.contact.phone) })],
    address: [`${d.address.line}, ${d.address.postalCode} ${d.address.city} (${d.address.countryCode})`],
    bankAccount: [d.bankAccount ? `${d.bankAccount.masked}${d.bankAccount.foreign ? ` (${d.bankAccount.countryCode})` : ""}` : t("none")],
    pension: [d.pension ? t("pensionSince", { month: formatMonth(d.pension.startMonth, locale) }) : t("none")],
    payments: [t("paymentsCount", { count: d.payments })],
    tax: [d.tax ? t("taxCard", { year: d.tax.year }) : t("none")],
    cases: [t("casesCount", { count: d.cases })],
    institution: d.institution.length ? d.institution.map((s) => t("stay", { name: s.name, from: formatDate(s.fromDate, locale) })) : [t("noStays")],
    consents: [t("consentsCount", { count: d.consents })],
    powers: [t("powers", d.powers)],
  };
  return (
    <PageShell>
      <Heading level="1" size="xlarge">{t("heading")}</Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-16">
        {(Object.keys(SOURCES) as Group[]).map((group) => (
          <Box key={group} as="section" aria-labelledby={`group-${group}`} padding="space-16" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
            <VStack gap="space-4">
              <Heading level="2" size="xsmall" id={`group-${group}`}>{t(`groups.${group}`)}</Heading>
              {facts[group].map((f) => (
                <BodyShort key={f}>{f}</BodyShort>
              ))}
              <BodyShort size="small">{t("source", { source: t(`sources.${SOURCES[group].source}`) })}</BodyShort>
              <BodyShort size="small">{t("purpose", { purpose: t(`purposes.${SOURCES[group].purpose}`) })}</BodyShort>
            </VStack>
          </Box>
        ))}
      </HGrid>
      <Link href="/mine-data/rettigheter">{t("wrong")}</Link>
    </PageShell>
  );
}
