import { getTranslations } from "next-intl/server";
import { BodyShort, Button, HStack } from "@navikt/ds-react";

/** Previous/next links with "page x of y"; plain links, so paging works without JavaScript. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("payments");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("pagination")} className="no-print">
      <HStack gap="space-16" align="center">
        {page > 1 && (
          <Button as="a" role="link" href={href(page - 1)} variant="secondary" size="small">
            {t("previousPage")}
          </Button>
        )}
        <BodyShort>{t("pageOf", { page, pages })}</BodyShort>
        {page < pages && (
          <Button as="a" role="link" href={href(page + 1)} variant="secondary" size="small">
            {t("nextPage")}
          </Button>
        )}
      </HStack>
    </nav>
  );
}
