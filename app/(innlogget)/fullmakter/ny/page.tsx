import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { PowerForm } from "@/components/PowerForm";
import { FormMessages } from "@/components/form/FormMessages";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { submitPower } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("powers.give");
  return { title: t("heading") };
}

/** Give a power: whom (number and family name), what, until when; then check and send. */
export default async function GivePowerPage() {
  const user = await requirePage("/fullmakter/ny");
  const t = await getTranslations("powers.give");
  return (
    <PageShell width="md">
      <Link href="/fullmakter">{t("back")}</Link>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <FormMessages>
        <PowerForm action={submitPower} idempotencyKey={formKey(user)} />
      </FormMessages>
    </PageShell>
  );
}
