import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Heading, HGrid, Link, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { PaymentTable } from "@/components/PaymentTable";
import { requirePage } from "@/lib/server/auth/current-user";
import { currentPension } from "@/lib/server/data/pension";
import { listPayments, nextPayment, visibleFrom } from "@/lib/server/data/payments";
import { recentAccountChange } from "@/lib/server/data/bank-account";
import { formatDate, formatMoney, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { monthOf } from "@/lib/domain/calendar";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.nav");
  return { title: t("overview") };
}

export default async function OverviewPage() {
  const user = await requirePage("/oversikt");
  const t = await getTranslations("overview");
  const locale = toLocale(await getLocale());
  const day = today();
  const [pension, next, latest, accountChanged] = await Promise.all([
    currentPension(user, monthOf(day)),
    nextPayment(user, day),
    listPayments(user, day, { take: 4 }),
    recentAccountChange(user, day),
  ]);
  const ta = await getTranslations("account");
  const paid = latest.filter((p) => !p.upcoming).slice(0, 3);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading", { name: user.name })}
      </Heading>
      {accountChanged && (
        <Alert variant="warning">
          {ta("recentChange", { date: formatDate(accountChanged, locale) })} <Link href="/konto">{ta("heading")}</Link>
        </Alert>
      )}
      <HGrid columns={{ xs: 1, md: 2 }} gap="space-24">
        <Box as="section" aria-labelledby="pension-heading" padding="space-24" borderRadius="12" borderWidth="1" borderColor="neutral-subtle">
          <VStack gap="space-8">
            <Heading level="2" size="medium" id="pension-heading">
              {t("pensionHeading")}
            </Heading>
            {pension ? (
              <>
                <BodyShort weight="semibold">{pension.type === "AFP_PRIVAT" ? t("pensionTypeAFP") : t("pensionType")}</BodyShort>
                <BodyShort>{t("started", { month: formatMonth(pension.startMonth, locale) })}</BodyShort>
                <BodyShort>
                  {t("drawGrade")}: <strong>{t("drawGradeValue", { grade: pension.grade })}</strong>
                  {" · "}
                  {t("since", { month: formatMonth(pension.gradeSince, locale) })}
                </BodyShort>
                {pension.grade === 0 && <Alert variant="info" size="small">{t("stopped")}</Alert>}
              </>
            ) : (
              <>
                <BodyShort>{t("noPension")}</BodyShort>
                <BodyShort>{t("noPensionText")}</BodyShort>
              </>
            )}
          </VStack>
        </Box>
        <Box as="section" aria-labelledby="next-heading" padding="space-24" borderRadius="12" background="info-soft">
          <VStack gap="space-8">
            <Heading level="2" size="medium" id="next-heading">
              {t("nextHeading")}
            </Heading>
            {next ? (
              <>
                <BodyShort size="large" weight="semibold">
                  {t("nextDate", { date: formatDate(next.date, locale) })}
                </BodyShort>
                <BodyShort>
                  {next.amountVisible
                    ? t("nextAmount", { amount: formatMoney(next.totals.netOre, locale) })
                    : t("nextAmountLater", { date: formatDate(visibleFrom(next.date), locale) })}
                </BodyShort>
                {next.estimatedDate && <BodyShort size="small">{t("estimatedDate")}</BodyShort>}
              </>
            ) : (
              <BodyShort>{t("noNext")}</BodyShort>
            )}
            <Link href="/utbetalingskalender">{t("calendarLink")}</Link>
          </VStack>
        </Box>
      </HGrid>
      <VStack as="section" aria-labelledby="latest-heading" gap="space-12">
        <Heading level="2" size="medium" id="latest-heading">
          {t("latestHeading")}
        </Heading>
        {paid.length ? (
          <PaymentTable payments={paid} locale={locale} caption={t("latestHeading")} />
        ) : (
          <BodyLong>{t("noPayments")}</BodyLong>
        )}
        <Link href="/utbetalinger">{t("allPayments")}</Link>
      </VStack>
    </PageShell>
  );
}
