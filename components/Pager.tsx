import { getTranslations } from "next-intl/server";
import { BodyShort, HStack, ButtonLink } from "@/components/ui/aksel";

/** Previous/next links with "page x of y"; plain links, so paging works without JavaScript. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("payments");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="no-print">
      <HStack gap="space-16" align="center">
        {page > 1 && (
          <ButtonLink href={href(page - 1)} variant="secondary" size="small">
            {t("previousPage")}
          </ButtonLink>
        )}
        <BodyShort>{t("pageOf", { page, pages })}</BodyShort>
        {page < pages && (
          <ButtonLink href={href(page + 1)} variant="secondary" size="small">
            {t("nextPage")}
          </ButtonLink>
        )}
      </HStack>
    </nav>
  );
}
