import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BodyLong, Button, Heading, HStack, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { requirePage } from "@/lib/server/auth/current-user";
import { CONSENT_PURPOSES, CURRENT_TEXT_VERSION, type ConsentPurpose } from "@/lib/domain/consents";
import { first, type SearchParams } from "@/lib/search-params";
import { confirmConsent } from "../actions";

export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const known = CONSENT_PURPOSES.includes(first((await searchParams).formal) as ConsentPurpose);
  return { title: known ? (await getTranslations("consents"))("heading") : (await getTranslations("errors"))("notFoundHeading") };
}

/** The confirmation step before a consent changes: a plain form, so it works without JavaScript. */
export default async function ConfirmConsentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePage("/mine-data/samtykker/bekreft");
  const t = await getTranslations("consents");
  const params = await searchParams;
  const purpose = first(params.formal) as ConsentPurpose;
  const give = first(params.valg) === "gi";
  if (!CONSENT_PURPOSES.includes(purpose)) return <NotFoundContent />;
  const name = t(`purposes.${purpose}.name`);
  return (
    <PageShell width="md">
      <Heading level="1" size="large">
        {give ? t("confirmGiveHeading", { name }) : t("confirmWithdrawHeading", { name })}
      </Heading>
      {give ? (
        <>
          <BodyLong>{t("confirmGiveText")}</BodyLong>
          <BodyLong as="blockquote">{`${t(`purposes.${purpose}.text`)} (${CURRENT_TEXT_VERSION[purpose]})`}</BodyLong>
        </>
      ) : (
        <BodyLong>{t("confirmWithdrawText")}</BodyLong>
      )}
      <form action={confirmConsent}>
        <input type="hidden" name="purpose" value={purpose} />
        <input type="hidden" name="choice" value={give ? "give" : "withdraw"} />
        <HStack gap="space-16" align="center">
          <Button type="submit">{give ? t("confirmGive") : t("confirmWithdraw")}</Button>
          <Link href={`/mine-data/samtykker#${purpose}`}>{t("cancel")}</Link>
        </HStack>
      </form>
    </PageShell>
  );
}
