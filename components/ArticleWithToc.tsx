import { getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Heading, Link, List, VStack, ListItem } from "@/components/ui/aksel";
import { PageShell } from "./PageShell";

type Props = {
  title: string;
  updated: string;
  intro?: string;
  sections: Array<{ id: string; title: string; body: string; extra?: React.ReactNode }>;
  children?: React.ReactNode;
};

/** A text page with a table of contents, one heading per section and its last-updated date. */
export async function ArticleWithToc({ title, updated, intro, sections, children }: Props) {
  const t = await getTranslations("privacy");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {title}
      </Heading>
      <BodyShort size="small">{t("lastUpdated", { date: updated })}</BodyShort>
      {intro && <BodyLong>{intro}</BodyLong>}
      <nav aria-labelledby="toc-heading">
        <Heading level="2" size="small" id="toc-heading">
          {t("toc")}
        </Heading>
        <List>
          {sections.map((s) => (
            <ListItem key={s.id}>
              <Link href={`#${s.id}`}>{s.title}</Link>
            </ListItem>
          ))}
        </List>
      </nav>
      {sections.map((s) => (
        <VStack gap="space-8" key={s.id} as="section" aria-labelledby={s.id}>
          <Heading level="2" size="medium" id={s.id}>
            {s.title}
          </Heading>
          <BodyLong>{s.body}</BodyLong>
          {s.extra}
        </VStack>
      ))}
      {children}
    </PageShell>
  );
}
