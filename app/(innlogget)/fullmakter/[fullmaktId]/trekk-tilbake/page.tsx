import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { ScopeList } from "@/components/ScopeList";
import { RevokeForm } from "@/components/RevokeForm";
import { FormMessages } from "@/components/form/FormMessages";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { grantedPower } from "@/lib/server/data/powers";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/clock";
import { submitRevoke } from "../../actions";

type Params = Promise<{ fullmaktId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("powers.revoke");
  return { title: t("heading") };
}

/** The one confirmation before revoking; a power that is not the user's, or cannot be revoked, is a 404. */
export default async function RevokePowerPage({ params }: { params: Params }) {
  const { fullmaktId } = await params;
  const user = await requirePage(`/fullmakter/${fullmaktId}/trekk-tilbake`);
  const t = await getTranslations("powers.revoke");
  const locale = toLocale(await getLocale());
  const power = await grantedPower(user, fullmaktId, today());
  if (!power || power.kind !== "POWER_OF_ATTORNEY" || !(power.status === "ACTIVE" || power.status === "NOT_STARTED")) notFound();
  return (
    <PageShell width="md">
      <Link href="/fullmakter">{t("back")}</Link>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("text", { name: power.attorneyName })}</BodyLong>
      <BodyLong>{power.validTo ? t("now", { date: formatDate(power.validTo, locale) }) : t("nowOpen")}</BodyLong>
      <ScopeList scopes={power.scopes} />
      <FormMessages>
        <RevokeForm action={submitRevoke} powerId={power.id} idempotencyKey={formKey(user)} />
      </FormMessages>
    </PageShell>
  );
}
