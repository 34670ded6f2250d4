import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("loggedOut");
  return { title: t("heading") };
}

export default async function LoggedOutPage() {
  const t = await getTranslations("loggedOut");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("text")}</BodyLong>
      <Link href="/logg-inn">{t("again")}</Link>
    </PageShell>
  );
}
