import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { ChangeForm } from "@/components/ChangeForm";
import { FormMessages } from "@/components/form/FormMessages";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { kindOfSlug } from "@/lib/domain/life-changes";
import { FOREIGN_COUNTRIES } from "@/lib/domain/account-change";
import { formatCountry } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { submitChange } from "../actions";

type Params = Promise<{ hva: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("lifeChange");
  const kind = kindOfSlug((await params).hva);
  return { title: kind ? t(`kinds.${kind}.title`) : t("notFound") };
}

/** One kind of change: what it means, the short form, and the check-your-answers step with what usually happens. */
export default async function ReportChangePage({ params }: { params: Params }) {
  const { hva } = await params;
  const user = await requirePage(`/endringer/${hva}`);
  const kind = kindOfSlug(hva);
  if (!kind) return <NotFoundContent />;
  const t = await getTranslations("lifeChange");
  const locale = toLocale(await getLocale());
  const countries = FOREIGN_COUNTRIES.map((code) => ({ code, name: formatCountry(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <PageShell width="md">
      <Link href="/endringer">{t("back")}</Link>
      <Heading level="1" size="xlarge">
        {t(`kinds.${kind}.title`)}
      </Heading>
      <BodyLong>{t(`kinds.${kind}.about`)}</BodyLong>
      <BodyLong>{t("noDecision")}</BodyLong>
      <FormMessages>
        <ChangeForm action={submitChange} idempotencyKey={formKey(user)} kind={kind} dateLabel={t(`kinds.${kind}.date`)} countries={countries} />
      </FormMessages>
    </PageShell>
  );
}
