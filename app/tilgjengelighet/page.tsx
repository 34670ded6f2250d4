import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Link, List, ListItem } from "@/components/ui/aksel";
import { ArticleWithToc } from "@/components/ArticleWithToc";
import { ACCESSIBILITY_SECTIONS, ACCESSIBILITY_STATEMENT } from "@/lib/accessibility-statement";
import { formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("a11y");
  return { title: t("pageTitle") };
}

/** The accessibility statement (tilgjengelighetserklæring), in the structure Uutilsynet asks for. */
export default async function AccessibilityStatementPage() {
  const t = await getTranslations("a11y");
  const locale = toLocale(await getLocale());
  return (
    <ArticleWithToc
      title={t("title")}
      intro={t("intro")}
      updated={formatDate(ACCESSIBILITY_STATEMENT.updated, locale)}
      sections={ACCESSIBILITY_SECTIONS.map((key) => ({
        id: key,
        title: t(`sections.${key}.title`),
        body: t(`sections.${key}.body`),
        extra:
          key === "deviations" ? (
            <List>
              {ACCESSIBILITY_STATEMENT.deviations.map((d) => (
                <ListItem key={d}>{t(`deviations.${d}`)}</ListItem>
              ))}
            </List>
          ) : key === "authority" ? (
            <BodyLong>
              <Link href="https://www.uutilsynet.no/">uutilsynet.no</Link>
            </BodyLong>
          ) : undefined,
      }))}
    />
  );
}
