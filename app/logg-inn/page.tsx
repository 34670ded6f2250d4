import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { LoginButton } from "@/components/LoginButton";
import { currentUserIfKnown } from "@/lib/server/auth/current-user";
import { safeReturnPath } from "@/lib/server/auth/policy";
import { toLocale } from "@/lib/i18n/locales";

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("heading") };
}

/** Login and step-up: explains what is needed and why, then hands over to ID-porten. */
export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const t = await getTranslations("login");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const returnTo = safeReturnPath(first(params.tilbake));
  const wantsHigh = first(params.niva) === "hoy";
  const user = await currentUserIfKnown();
  const failed = Boolean(first(params.error));
  // Someone logged in with MinID who asked for the high level, or who came back
  // from ID-porten without it (cancelled, or no such eID), is still logged in:
  // that is said calmly, not as a failed login.
  const stepUp = user?.level === "substantial" && (wantsHigh || failed);
  const cancelled = failed && user !== null;
  const tooMany = Boolean(first(params["for-mange"]));
  const expired = Boolean(first(params.utlopt)) && !user;
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {stepUp && user.foreignEid ? t("foreignHeading") : stepUp ? t("stepUpHeading") : t("heading")}
      </Heading>
      {expired && (
        <Alert variant="info" role="status">
          {t("expired")}
        </Alert>
      )}
      {tooMany && (
        <Alert variant="warning" role="alert">
          {t("tooMany")}
        </Alert>
      )}
      {failed && !cancelled && (
        <Alert variant="error" role="alert">
          {t("error")}
        </Alert>
      )}
      {cancelled && (
        <Alert variant="info" role="status">
          {user.level === "substantial" ? t("stepUpCancelled") : t("cancelledStillIn")}
        </Alert>
      )}
      {stepUp && user.foreignEid ? (
        <>
          {/* A foreign eID does not reach the high level, and sending the person to ID-porten for BankID would lead nowhere. */}
          <BodyLong>{t("foreignText")}</BodyLong>
          <BodyLong>{t("foreignCan")}</BodyLong>
          <BodyLong>{t("foreignHelp")}</BodyLong>
          <Link href="/oversikt">{t("backToOverview")}</Link>
        </>
      ) : stepUp ? (
        <>
          <BodyLong>{t("stepUpText")}</BodyLong>
          <div>
            <LoginButton label={t("stepUpButton")} returnTo={returnTo} level="high" locale={locale} />
          </div>
          <BodyLong>{t("stepUpNoBankId")}</BodyLong>
          <BodyLong>{t("stepUpWithMinId")}</BodyLong>
          <Link href="/oversikt">{t("backToOverview")}</Link>
        </>
      ) : (
        <>
          <BodyLong>{t("lead")}</BodyLong>
          <div>
            <LoginButton label={t("button")} returnTo={returnTo} level={wantsHigh ? "high" : "substantial"} locale={locale} />
          </div>
        </>
      )}
    </PageShell>
  );
}
