import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("errors");
  return { title: t("notFoundHeading") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("notFoundHeading")}
      </Heading>
      <BodyLong>{t("notFoundText")}</BodyLong>
      <Link href="/">{t("home")}</Link>
    </PageShell>
  );
}
