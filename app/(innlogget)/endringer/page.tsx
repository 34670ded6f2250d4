import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Heading, Link, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { CHANGE_SLUGS, type ChangeKind } from "@/lib/domain/life-changes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lifeChange");
  return { title: t("heading") };
}

const GROUPS: Array<{ key: "family" | "home" | "institution"; kinds: ChangeKind[] }> = [
  { key: "family", kinds: ["MARRIAGE", "COHABITATION", "SEPARATION", "SPOUSE_DEATH"] },
  { key: "home", kinds: ["MOVE_ABROAD", "MOVE_TO_NORWAY", "STAY_ABROAD"] },
  { key: "institution", kinds: ["CARE_HOME", "HOSPITAL", "PSYCHIATRIC", "PRISON"] },
];

/** Report a change once: every life situation that can change a pension, each with a short form of its own. */
export default async function LifeChangesPage() {
  await requirePage("/endringer");
  const t = await getTranslations("lifeChange");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {GROUPS.map((g) => (
        <VStack as="section" key={g.key} aria-labelledby={`group-${g.key}`} gap="space-8">
          <Heading level="2" size="medium" id={`group-${g.key}`}>
            {t(`groups.${g.key}`)}
          </Heading>
          <ul className="plain-list">
            {g.kinds.map((k) => (
              <li key={k}>
                <Link href={`/endringer/${CHANGE_SLUGS[k]}`}>{t(`kinds.${k}.title`)}</Link>
                <BodyShort size="small">{t(`kinds.${k}.about`)}</BodyShort>
              </li>
            ))}
          </ul>
        </VStack>
      ))}
    </PageShell>
  );
}
