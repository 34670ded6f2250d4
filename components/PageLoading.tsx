import { VStack } from "@navikt/ds-react";
import { Skeleton } from "@navikt/ds-react/Skeleton";
import { getTranslations } from "next-intl/server";

/** The loading state of logged-in pages: a skeleton of the page, announced as loading. */
export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <VStack gap="space-16" padding="space-32" role="status" aria-label={t("loading")}>
      <Skeleton variant="text" width="40%" height="3rem" />
      <Skeleton variant="rounded" height="8rem" />
      <Skeleton variant="rounded" height="12rem" />
    </VStack>
  );
}
