import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
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

/** One lookup per request, shared by the title and the page: only the user's own power that can still be revoked. */
const loadPower = cache(async (fullmaktId: string) => {
  const power = await grantedPower(await requirePage(`/fullmakter/${fullmaktId}/trekk-tilbake`), fullmaktId, today());
  return power && power.kind === "POWER_OF_ATTORNEY" && (power.status === "ACTIVE" || power.status === "NOT_STARTED") ? power : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const power = await loadPower((await params).fullmaktId);
  return { title: power ? (await getTranslations("powers.revoke"))("heading") : (await getTranslations("errors"))("notFoundHeading") };
}

/** The one confirmation before revoking; a power that is not the user's, or cannot be revoked, is a 404. */
export default async function RevokePowerPage({ params }: { params: Params }) {
  const { fullmaktId } = await params;
  const user = await requirePage(`/fullmakter/${fullmaktId}/trekk-tilbake`);
  const t = await getTranslations("powers.revoke");
  const locale = toLocale(await getLocale());
  const power = await loadPower(fullmaktId);
  if (!power) return <NotFoundContent />;
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
