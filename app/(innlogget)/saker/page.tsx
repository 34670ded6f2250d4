import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link, Tag } from "@/components/ui/aksel";
import { TableDataCell, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { listCases } from "@/lib/server/data/cases";
import { formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { byCode } from "@/lib/i18n/by-code";
import { ListTable } from "@/components/ListTable";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("heading") };
}

export default async function CasesPage() {
  const user = await requirePage("/saker");
  const t = await getTranslations("cases");
  const locale = toLocale(await getLocale());
  const cases = await listCases(user);
  const label = (group: "types" | "statuses", key: string) => byCode(t, `${group}.${key}`, key);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <ListTable
        items={cases}
        empty={t("empty")}
        caption={t("caption")}
        columns={[t("type"), t("status"), t("created")]}
        row={(c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">
              <Link href={`/saker/${c.id}`}>{label("types", c.type)}</Link>
            </TableHeaderCell>
            <TableDataCell label={t("status")}>
              <Tag size="small" variant={c.status === "DECIDED" || c.status === "CLOSED" ? "success" : "info"}>
                {label("statuses", c.status)}
              </Tag>
            </TableDataCell>
            <TableDataCell label={t("created")}>{formatInstantDate(c.createdAt, locale)}</TableDataCell>
          </TableRow>
        )}
      />
    </PageShell>
  );
}
