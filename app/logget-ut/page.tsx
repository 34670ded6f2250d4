import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("loggedOut");
  return { title: t("heading") };
}

/** After logging out, or after the session ended by time (?grunn=tid, from the timeout warning). */
export default async function LoggedOutPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("loggedOut");
  const byTime = (await searchParams).grunn === "tid";
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {byTime ? t("timedOutHeading") : t("heading")}
      </Heading>
      <BodyLong>{byTime ? t("timedOutText") : t("text")}</BodyLong>
      <Link href="/logg-inn">{t("again")}</Link>
    </PageShell>
  );
}
