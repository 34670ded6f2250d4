import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyShort, Box, Heading, HStack, Link, Tag, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { NotFoundContent } from "@/components/NotFoundContent";
import { PaymentLines } from "@/components/PaymentLines";
import { ChangeReasons } from "@/components/ChangeReasons";
import { requirePage } from "@/lib/server/auth/current-user";
import { paymentDetail } from "@/lib/server/data/payment-detail";
import { periodDates } from "@/lib/domain/periods";
import { formatCountry, formatDate, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";

type Params = Promise<{ maaned: string }>;

/** A real month in the years the portal covers: "2025-13" or "0000-01" is a 404, not an error. */
const isPaymentMonth = (value: string) => /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(value);

/** One lookup per request, shared by the title and the page (and logged once); null for a month without a payment. */
const loadPayment = cache(async (maaned: string) => {
  const user = await requirePage(`/utbetalinger/${maaned}`);
  return isPaymentMonth(maaned) ? paymentDetail(user, today(), maaned) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations("paymentDetail");
  const { maaned } = await params;
  const locale = toLocale(await getLocale());
  const payment = await loadPayment(maaned);
  return { title: payment ? t("heading", { month: formatMonth(payment.periodMonth, locale) }) : t("notFoundTitle") };
}

export default async function PaymentDetailPage({ params }: { params: Params }) {
  const { maaned } = await params;
  const payment = await loadPayment(maaned);
  const t = await getTranslations("paymentDetail");
  if (!payment) return <NotFoundContent text={t("notFound")} />;
  const locale = toLocale(await getLocale());
  const month = formatMonth(payment.periodMonth, locale);
  const covers = periodDates({ kind: "egen", from: payment.periodMonth, to: payment.periodMonth });
  return (
    <PageShell width="md">
      <Link href="/utbetalinger" className="no-print">
        {t("back")}
      </Link>
      <Heading level="1" size="xlarge">
        {t("heading", { month })}
      </Heading>
      <VStack gap="space-4">
        <HStack gap="space-8" align="center">
          <BodyShort size="large" weight="semibold">
            {payment.upcoming ? t("upcomingOn", { date: formatDate(payment.date, locale) }) : t("paidOn", { date: formatDate(payment.date, locale) })}
          </BodyShort>
          {payment.estimatedDate && (
            <Tag size="small" variant="warning">
              {t("estimatedDate")}
            </Tag>
          )}
        </HStack>
        <BodyShort>{t("period", { from: formatDate(covers.from, locale), to: formatDate(covers.to, locale) })}</BodyShort>
        {payment.grade !== null && <BodyShort>{t("grade", { grade: payment.grade })}</BodyShort>}
        <BodyShort>
          {!payment.account
            ? t("noAccount")
            : payment.account.foreign
              ? t("accountForeign", {
                  account: payment.account.masked,
                  bank: payment.account.bankName ?? "",
                  country: formatCountry(payment.account.countryCode, locale),
                })
              : t("account", { account: payment.account.masked })}
        </BodyShort>
      </VStack>
      <PaymentLines lines={payment.lines} totals={payment.totals} locale={locale} caption={t("linesCaption")} />
      <Box as="section" aria-labelledby="why-heading" padding="space-24" background="info-soft" borderRadius="12">
        <VStack gap="space-8">
          <Heading level="2" size="small" id="why-heading">
            {t("whyHeading")}
          </Heading>
          <ChangeReasons reasons={payment.reasons} locale={locale} first={payment.previousMonth === null} />
        </VStack>
      </Box>
      <nav aria-label={t("back")} className="no-print">
        <HStack gap="space-24">
          {payment.previousMonth && (
            <Link href={`/utbetalinger/${payment.previousMonth}`}>{`${t("previous")}: ${formatMonth(payment.previousMonth, locale)}`}</Link>
          )}
          {payment.nextMonth && <Link href={`/utbetalinger/${payment.nextMonth}`}>{`${t("next")}: ${formatMonth(payment.nextMonth, locale)}`}</Link>}
        </HStack>
      </nav>
    </PageShell>
  );
}
