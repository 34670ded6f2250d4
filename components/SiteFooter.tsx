import { getTranslations } from "next-intl/server";
import { BodyShort, Box, Heading, HStack, Link, VStack } from "@/components/ui/aksel";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <Box as="footer" background="neutral-soft" paddingBlock="space-32" paddingInline="space-24" marginBlock="space-48 space-0">
      <VStack gap="space-8">
        <Heading level="2" size="xsmall">
          {t("footerHeading")}
        </Heading>
        <BodyShort>{t("footerText")}</BodyShort>
        <HStack gap="space-24" wrap>
          <Link href="/personvern">{t("footerPrivacy")}</Link>
          <Link href="/utbetalingskalender">{t("footerCalendar")}</Link>
          <Link href="/personvern/informasjonskapsler#innstillinger">{t("footerCookies")}</Link>
          <Link href="/tilgjengelighet">{t("footerAccessibility")}</Link>
        </HStack>
        <BodyShort>{t("footerPhone")}</BodyShort>
      </VStack>
    </Box>
  );
}
