import crypto from "node:crypto";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading } from "@navikt/ds-react";
import { PageShell } from "@/components/PageShell";
import { RightsRequestForm } from "@/components/RightsRequestForm";
import { requirePage } from "@/lib/server/auth/current-user";
import { submitRightsRequest } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rightsRequest");
  return { title: t("heading") };
}

export default async function RightsRequestPage() {
  await requirePage("/mine-data/rettigheter");
  const t = await getTranslations("rightsRequest");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">{t("heading")}</Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <RightsRequestForm action={submitRightsRequest} idempotencyKey={crypto.randomUUID()} />
    </PageShell>
  );
}
