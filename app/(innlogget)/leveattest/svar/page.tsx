import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Button, Heading } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { first, type SearchParams } from "@/lib/search-params";
import { finishDigital } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lifeCertificate.back");
  return { title: t("heading") };
}

/** Back from the identity check: nothing has changed yet (a GET changes nothing); the user sends the certificate with one button. */
export default async function VerificationDonePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePage("/leveattest/svar");
  const t = await getTranslations("lifeCertificate.back");
  const session = first((await searchParams).session) ?? "";
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("text")}</BodyLong>
      <form action={finishDigital}>
        <input type="hidden" name="session" value={session} />
        <Button type="submit">{t("send")}</Button>
      </form>
    </PageShell>
  );
}
