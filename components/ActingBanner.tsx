import { getTranslations } from "next-intl/server";
import { PersonGroupIcon } from "@navikt/aksel-icons";
import { BodyShort, Box, Button, HStack, Link } from "@/components/ui/aksel";
import { type PowerKind } from "@/lib/domain/representation";

type Props = { name: string; kind: PowerKind; actAsSelf: (formData: FormData) => Promise<void> };

/**
 * On every page while acting for someone: whose data this is, by what right,
 * and a way back to one's own (a form post: switching never happens on a GET).
 * A landmark of its own, so screen-reader users find it from any page.
 */
export async function ActingBanner({ name, kind, actAsSelf }: Props) {
  const t = await getTranslations("acting");
  return (
    <Box as="section" aria-label={t("bannerLabel")} background="warning-moderate" paddingBlock="space-12" paddingInline="space-16" className="acting-banner">
      <HStack gap="space-16" align="center" justify="space-between" wrap>
        <HStack gap="space-8" align="start" wrap={false}>
          <PersonGroupIcon aria-hidden fontSize="1.5rem" />
          <BodyShort>
            <strong>{t("bannerWho", { name })}</strong> {kind === "GUARDIAN" ? t("bannerGuardian") : t("bannerPower")}
          </BodyShort>
        </HStack>
        <HStack gap="space-16" align="center" wrap className="no-print">
          <Link href="/velg-person">{t("switch")}</Link>
          <form action={actAsSelf} className="inline-form">
            <Button type="submit" variant="secondary-neutral" size="small">
              {t("backToSelf")}
            </Button>
          </form>
        </HStack>
      </HStack>
    </Box>
  );
}
