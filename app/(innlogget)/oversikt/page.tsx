import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Heading, HGrid, Link, List, ListItem, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { PaymentTable } from "@/components/PaymentTable";
import { requirePage } from "@/lib/server/auth/current-user";
import { currentPension } from "@/lib/server/data/pension";
import { listPayments, nextPayment, visibleFrom } from "@/lib/server/data/payments";
import { recentAccountChange } from "@/lib/server/data/bank-account";
import { listCases } from "@/lib/server/data/cases";
import { may } from "@/lib/server/data/access-log";
import { ScopeList } from "@/components/ScopeList";
import { openLifeCertificate } from "@/lib/server/data/life-certificate";
import { paymentDetail } from "@/lib/server/data/payment-detail";
import { ChangeReasons } from "@/components/ChangeReasons";
import { formatDate, formatInstantDate, formatMoney, formatMonth } from "@/lib/format";
import { intlTag, toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { monthOf } from "@/lib/domain/calendar";
import { byCode } from "@/lib/i18n/by-code";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.nav");
  return { title: t("overview") };
}

/**
 * The first screen answers: how much comes next and when, what the last
 * payment was and why it changed, what is under way at Nav, and what is
 * decided but not started. The current state and what is coming are kept apart.
 */
export default async function OverviewPage() {
  const user = await requirePage("/oversikt");
  const t = await getTranslations("overview");
  const tc = await getTranslations("cases");
  const locale = toLocale(await getLocale());
  const day = today();
  // Someone acting for another person sees only what the power covers; nothing else is read.
  const readPay = may(user, "READ_PAYMENTS");
  const readCases = may(user, "CASES_LETTERS");
  // One round: everything the page shows is asked for at once.
  const [pension, next, latest, accountChanged, cases, last, lifeCertificate] = await Promise.all([
    readPay ? currentPension(user, monthOf(day)) : null,
    readPay ? nextPayment(user, day) : null,
    readPay ? listPayments(user, day, { take: 4 }) : [],
    readPay ? recentAccountChange(user, day) : null,
    readCases ? listCases(user) : [],
    readPay ? paymentDetail(user, day, "last paid") : null,
    openLifeCertificate(user, day),
  ]);
  const ta = await getTranslations("account");
  const paid = latest.filter((p) => !p.upcoming).slice(0, 3);
  const open = cases.filter((c) => c.status === "RECEIVED" || c.status === "UNDER_REVIEW");
  // Case types and statuses come from the database as text: a known one is named, an unknown one shown as is.
  const label = (group: "types" | "statuses", key: string) => byCode(tc, `${group}.${key}`, key);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {user.acting ? t("headingActing", { name: user.acting.subjectName }) : t("heading", { name: user.name })}
      </Heading>
      {lifeCertificate && (
        <Alert variant={lifeCertificate.state === "OVERDUE" ? "error" : "warning"}>
          <Heading level="2" size="small">
            {t("lifeCertificateHeading")}
          </Heading>
          <BodyLong>{t("lifeCertificateText", { date: formatDate(lifeCertificate.dueBy, locale) })}</BodyLong>
          <Link href="/leveattest">{t("lifeCertificateLink")}</Link>
        </Alert>
      )}
      {accountChanged && (
        <Alert variant="warning">
          {ta("recentChange", { date: formatDate(accountChanged, locale) })} <Link href="/konto">{ta("heading")}</Link>
        </Alert>
      )}
      {readPay && (
        <HGrid columns={{ xs: 1, md: 2 }} gap="space-24">
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
                  {next.amountVisible ? (
                    <BodyShort>{t("nextAmount", { amount: formatMoney(next.totals.netOre, locale) })}</BodyShort>
                  ) : (
                    <>
                      <BodyShort>{t("nextAmountAbout", { amount: formatMoney(next.totals.netOre, locale) })}</BodyShort>
                      <BodyShort size="small">{t("nextAmountWhy", { date: formatDate(visibleFrom(next.date), locale) })}</BodyShort>
                    </>
                  )}
                  {next.estimatedDate && <BodyShort size="small">{t("estimatedDate")}</BodyShort>}
                </>
              ) : (
                <BodyShort>{t("noNext")}</BodyShort>
              )}
              <Link href="/utbetalingskalender">{t("calendarLink")}</Link>
            </VStack>
          </Box>
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
                  {pension.grade === 0 && !pension.nextChange && (
                    <Alert variant="info" size="small">
                      {t("stopped")}
                    </Alert>
                  )}
                </>
              ) : (
                <>
                  <BodyShort>{t("noPension")}</BodyShort>
                  <BodyShort>{t("noPensionText")}</BodyShort>
                </>
              )}
            </VStack>
          </Box>
        </HGrid>
      )}
      {user.acting && (
        <VStack as="section" aria-labelledby="mandate-heading" gap="space-8">
          <Heading level="2" size="medium" id="mandate-heading">
            {t("mandateHeading")}
          </Heading>
          <ScopeList scopes={user.acting.scopes} />
          {!readPay && <BodyLong>{t("mandateNoPayments", { name: user.acting.subjectName })}</BodyLong>}
        </VStack>
      )}
      {pension?.nextChange && (
        <VStack as="section" aria-labelledby="coming-heading" gap="space-8">
          <Heading level="2" size="medium" id="coming-heading">
            {t("comingHeading")}
          </Heading>
          <Alert variant="info">
            {pension.nextChange.grade === 0
              ? t("comingStop", { month: formatMonth(pension.nextChange.from, locale) })
              : t("comingGrade", { month: formatMonth(pension.nextChange.from, locale), grade: pension.nextChange.grade })}
          </Alert>
        </VStack>
      )}
      {open.length > 0 && (
        <VStack as="section" aria-labelledby="todo-heading" gap="space-8">
          <Heading level="2" size="medium" id="todo-heading">
            {t("todoHeading")}
          </Heading>
          <List>
            {open.map((c) => (
              <ListItem key={c.id}>
                <Link href={`/saker/${c.id}`}>
                  {t("openCase", {
                    type: label("types", c.type),
                    status: label("statuses", c.status).toLocaleLowerCase(intlTag(locale)),
                    date: formatInstantDate(c.createdAt, locale),
                  })}
                </Link>
              </ListItem>
            ))}
          </List>
          <Link href="/saker">{t("casesLink")}</Link>
        </VStack>
      )}
      {last && (
        <VStack as="section" aria-labelledby="last-heading" gap="space-8">
          <Heading level="2" size="medium" id="last-heading">
            {t("lastHeading")}
          </Heading>
          <BodyLong>{t("lastPaid", { amount: formatMoney(last.totals.netOre, locale), date: formatDate(last.date, locale) })}</BodyLong>
          {last.reasons.length > 0 && <BodyLong>{t("lastWhy")}</BodyLong>}
          <ChangeReasons reasons={last.reasons} locale={locale} first={last.previousMonth === null} />
          <Link href={`/utbetalinger/${last.periodMonth}`}>{t("lastDetails", { month: formatMonth(last.periodMonth, locale) })}</Link>
        </VStack>
      )}
      {readPay && (
        <VStack as="section" aria-labelledby="latest-heading" gap="space-12">
          <Heading level="2" size="medium" id="latest-heading">
            {t("latestHeading")}
          </Heading>
          {paid.length ? <PaymentTable payments={paid} locale={locale} caption={t("latestHeading")} /> : <BodyLong>{t("noPayments")}</BodyLong>}
          <Link href="/utbetalinger">{t("allPayments")}</Link>
        </VStack>
      )}
    </PageShell>
  );
}
