import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Box, Heading, Link, List, VStack, ListItem } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { LoginButton } from "@/components/LoginButton";
import { currentUserIfKnown } from "@/lib/server/auth/current-user";
import { toLocale } from "@/lib/i18n/locales";

export default async function HomePage() {
  const t = await getTranslations("home");
  const locale = toLocale(await getLocale());
  const user = await currentUserIfKnown();
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong size="large">{t("lead")}</BodyLong>
      <Box background="info-soft" padding="space-24" borderRadius="12">
        <VStack gap="space-12" align="start">
          <Heading level="2" size="medium">
            {t("loginHeading")}
          </Heading>
          <BodyLong>{t("loginText")}</BodyLong>
          {user ? (
            <Link href="/oversikt">{t("goToOverview")}</Link>
          ) : (
            <LoginButton label={t("loginButton")} returnTo="/oversikt" level="substantial" locale={locale} />
          )}
        </VStack>
      </Box>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          {t("openHeading")}
        </Heading>
        <List>
          <ListItem>
            <Link href="/utbetalingskalender">{t("calendarLink")}</Link>
          </ListItem>
          <ListItem>
            <Link href="/personvern">{t("privacyLink")}</Link>
          </ListItem>
        </List>
      </VStack>
      <VStack gap="space-8">
        <Heading level="2" size="medium">
          {t("helpHeading")}
        </Heading>
        <BodyLong>{t("helpText")}</BodyLong>
      </VStack>
    </PageShell>
  );
}
