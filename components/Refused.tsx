import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { ScopeList } from "@/components/ScopeList";
import { currentUserIfKnown } from "@/lib/server/auth/current-user";

/**
 * What a representative sees when the power does not cover what they asked
 * for: whose power it is, what it does cover, and who can widen it. The
 * refusal is already in the person's access log.
 */
export async function Refused() {
  const t = await getTranslations("acting.forbidden");
  const user = await currentUserIfKnown();
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      {user?.acting ? (
        <>
          <BodyLong>{t("textActing", { name: user.acting.subjectName })}</BodyLong>
          <BodyLong>{t("covers")}</BodyLong>
          <ScopeList scopes={user.acting.scopes} />
          <BodyLong>{t("widen", { name: user.acting.subjectName })}</BodyLong>
        </>
      ) : (
        <BodyLong>{t("textOther")}</BodyLong>
      )}
      <Link href="/oversikt">{t("toOverview")}</Link>
    </PageShell>
  );
}
