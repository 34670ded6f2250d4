import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { RightsRequestForm } from "@/components/RightsRequestForm";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { submitRightsRequest } from "./actions";
import { FormMessages } from "@/components/form/FormMessages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rightsRequest");
  return { title: t("heading") };
}

export default async function RightsRequestPage() {
  const user = await requirePage("/mine-data/rettigheter");
  const t = await getTranslations("rightsRequest");
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <FormMessages>
        <RightsRequestForm action={submitRightsRequest} idempotencyKey={formKey(user)} />
      </FormMessages>
    </PageShell>
  );
}
