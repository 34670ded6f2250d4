"use client";

import { useTranslations } from "next-intl";
import { BodyLong, Button, Heading, Link, VStack } from "@navikt/ds-react";

/** Shown when a page fails; no technical detail or personal data reaches the user. */
export default function ErrorPage({ reset }: { reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <VStack gap="space-16" padding="space-32" align="start">
      <Heading level="1" size="xlarge">
        {t("errorHeading")}
      </Heading>
      <BodyLong>{t("errorText")}</BodyLong>
      <Button onClick={reset}>{t("retry")}</Button>
      <Link href="/">{t("home")}</Link>
    </VStack>
  );
}
