import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading } from "@/components/ui/aksel";
import { LinkCard, LinkCardAnchor, LinkCardDescription, LinkCardTitle } from "@navikt/ds-react/LinkCard";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacyCentre");
  return { title: t("heading") };
}

/** The way in to the person's privacy rights. */
export default async function PrivacyCentrePage() {
  await requirePage("/mine-data");
  const t = await getTranslations("privacyCentre");
  const links = [
    { href: "/mine-data/opplysninger", key: "myData" },
    { href: "/mine-data/innsynslogg", key: "log" },
    { href: "/mine-data/samtykker", key: "consents" },
    { href: "/mine-data/eksport.json", key: "export" },
    { href: "/mine-data/eksport.pdf", key: "exportPdf" },
    { href: "/mine-data/rettigheter", key: "rights" },
  ] as const;
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {links.map((l) => (
        <LinkCard key={l.key}>
          <LinkCardTitle>
            <LinkCardAnchor href={l.href}>{t(`${l.key}.title`)}</LinkCardAnchor>
          </LinkCardTitle>
          <LinkCardDescription>{t(`${l.key}.text`)}</LinkCardDescription>
        </LinkCard>
      ))}
    </PageShell>
  );
}
