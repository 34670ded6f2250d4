import { getLocale, getTranslations } from "next-intl/server";
import { BodyShort, Box, Button, HStack, Link } from "@navikt/ds-react";
import { LanguageSwitch } from "./LanguageSwitch";

type Props = {
  user: { name: string; level: "substantial" | "high" } | null;
  setLanguage: (formData: FormData) => Promise<void>;
};

export async function SiteHeader({ user, setLanguage }: Props) {
  const t = await getTranslations("layout");
  const locale = await getLocale();
  return (
    <header>
      <Box borderWidth="0 0 1 0" borderColor="neutral-subtle" paddingBlock="space-12" paddingInline="space-24">
        <HStack justify="space-between" align="center" gap="space-16" wrap>
          <Link href="/" aria-label={t("homeLink")} underline={false}>
            <BodyShort as="span" size="large" weight="semibold">
              Nav · {t("serviceName")}
            </BodyShort>
          </Link>
          <HStack gap="space-16" align="center" wrap>
            <LanguageSwitch
              action={setLanguage}
              targetLocale={locale === "en" ? "nb" : "en"}
              label={t("switchTo")}
              ariaLabel={t("switchToLabel")}
            />
            {user ? (
              <>
                <BodyShort size="small">
                  {t("loggedInAs", { name: user.name })}
                  <br />
                  {user.level === "high" ? t("levelHigh") : t("levelSubstantial")}
                </BodyShort>
                <form action="/logg-ut" method="post" className="inline-form">
                  <Button type="submit" variant="secondary" size="small">
                    {t("logout")}
                  </Button>
                </form>
              </>
            ) : (
              <Link href="/logg-inn">{t("login")}</Link>
            )}
          </HStack>
        </HStack>
      </Box>
      {user && (
        <Box as="nav" aria-label={t("mainNav")} paddingInline="space-24" paddingBlock="space-8" background="neutral-soft" className="no-print">
          <HStack gap="space-24" wrap>
            <Link href="/oversikt">{t("nav.overview")}</Link>
            <Link href="/utbetalinger">{t("nav.payments")}</Link>
            <Link href="/uttaksgrad">{t("nav.drawGrade")}</Link>
            <Link href="/skatt">{t("nav.tax")}</Link>
            <Link href="/konto">{t("nav.account")}</Link>
            <Link href="/saker">{t("nav.cases")}</Link>
            <Link href="/meldinger">{t("nav.inbox")}</Link>
            <Link href="/utbetalingskalender">{t("nav.calendar")}</Link>
            <Link href="/mine-data">{t("nav.privacyCentre")}</Link>
            <Link href="/personvern">{t("nav.privacy")}</Link>
          </HStack>
        </Box>
      )}
    </header>
  );
}
