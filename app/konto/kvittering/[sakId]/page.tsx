import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link, VStack } from "@navikt/ds-react";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { accountReceipt } from "@/lib/server/data/bank-account";
import { formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.receipt");
  return { title: t("heading") };
}

export default async function AccountReceiptPage({ params }: { params: Promise<{ sakId: string }> }) {
  const { sakId } = await params;
  const user = await requirePage(`/konto/kvittering/${sakId}`);
  const t = await getTranslations("account.receipt");
  const locale = toLocale(await getLocale());
  const receipt = await accountReceipt(user, sakId);
  if (!receipt) notFound();
  return (
    <PageShell width="md">
      <Alert variant="success">
        <Heading level="1" size="large">
          {t("heading")}
        </Heading>
      </Alert>
      <VStack gap="space-8">
        <BodyLong weight="semibold">{t("what", { account: receipt.masked })}</BodyLong>
        <BodyLong>{t("first", { month: formatMonth(receipt.firstMonth, locale) })}</BodyLong>
        <BodyLong>{t("inbox")}</BodyLong>
      </VStack>
      <Link href="/konto">{t("back")}</Link>
    </PageShell>
  );
}
