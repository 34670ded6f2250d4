import { getTranslations } from "next-intl/server";
import { BodyLong, Box, Button, Heading, HStack, VStack } from "@/components/ui/aksel";

/**
 * Accept or refuse statistics, two equal buttons. Shown as a banner until the
 * user chooses, and on the cookie page to change the choice.
 */
export async function StatisticsChoice({
  action,
  banner,
  current,
}: {
  action: (f: FormData) => Promise<void>;
  banner: boolean;
  current?: "ja" | "nei" | null;
}) {
  const t = await getTranslations("statistics");
  const content = (
    <VStack gap="space-12">
      <Heading level="2" size="small" id="stats-heading">
        {t("heading")}
      </Heading>
      <BodyLong>{t("text")}</BodyLong>
      {current && <BodyLong weight="semibold">{current === "ja" ? t("currentYes") : t("currentNo")}</BodyLong>}
      <form action={action}>
        <HStack gap="space-12">
          <Button type="submit" name="choice" value="ja" variant="secondary">
            {t("accept")}
          </Button>
          <Button type="submit" name="choice" value="nei" variant="secondary">
            {t("refuse")}
          </Button>
        </HStack>
      </form>
    </VStack>
  );
  if (!banner) return <section aria-labelledby="stats-heading">{content}</section>;
  return (
    <Box as="section" aria-labelledby="stats-heading" background="info-soft" padding="space-20" className="no-print">
      {content}
    </Box>
  );
}
