import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Box, Heading, HStack, Link, VStack, ButtonLink } from "@/components/ui/aksel";
import { DownloadIcon } from "@navikt/aksel-icons";
import { PageShell } from "@/components/PageShell";
import { PaymentTable } from "@/components/PaymentTable";
import { PeriodChooser } from "@/components/PeriodChooser";
import { PrintButton } from "@/components/PrintButton";
import { Pager } from "@/components/Pager";
import { requirePage } from "@/lib/server/auth/current-user";
import { firstPaymentMonth, listPaymentsInPeriod } from "@/lib/server/data/payments";
import { chosenMonth, resolvePeriod } from "@/lib/domain/periods";
import { addMonths, monthOf } from "@/lib/domain/calendar";
import { formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, pageNumber, type SearchParams } from "@/lib/search-params";
import { today } from "@/lib/clock";

export const PAGE_SIZE = 12;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("heading") };
}

export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/utbetalinger");
  const t = await getTranslations("payments");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const day = today();
  const custom = {
    from: chosenMonth({ year: first(params.fraAar), month: first(params.fraMnd), whole: first(params.fra) }),
    to: chosenMonth({ year: first(params.tilAar), month: first(params.tilMnd), whole: first(params.til) }),
  };
  const { period, errors } = resolvePeriod(first(params.periode), day, custom);
  const page = pageNumber(params.side);
  const [{ items, total }, start] = await Promise.all([listPaymentsInPeriod(user, day, period, page, PAGE_SIZE), firstPaymentMonth(user)]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // The months a custom period can hold: from the first payment to the next one.
  const span = { first: start ?? monthOf(day), last: addMonths(monthOf(day), 1) };
  const query = new URLSearchParams({ periode: period.kind, ...(period.kind === "egen" ? { fra: period.from, til: period.to } : {}) });
  const pageHref = (n: number) => `/utbetalinger?${new URLSearchParams({ ...Object.fromEntries(query), side: String(n) })}`;
  const documentQuery = new URLSearchParams({ fra: period.from, til: period.to });

  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <PeriodChooser period={period} errors={errors} span={span} custom={custom} locale={locale} />
      <BodyShort aria-live="polite">{t("periodShown", { from: formatMonth(period.from, locale), to: formatMonth(period.to, locale) })}</BodyShort>
      {items.length ? <PaymentTable payments={items} locale={locale} caption={t("caption")} linkToDetails /> : <BodyLong>{t("emptyPeriod")}</BodyLong>}
      <Pager page={page} pages={pages} href={pageHref} />
      <Box as="section" aria-labelledby="documents-heading" padding="space-24" background="neutral-soft" borderRadius="12" className="no-print">
        <VStack gap="space-12">
          <Heading level="2" size="small" id="documents-heading">
            {t("documentsHeading")}
          </Heading>
          <BodyLong>{t("documentsText")}</BodyLong>
          <HStack gap="space-16" wrap>
            <ButtonLink
              href={`/utbetalinger/utbetalingsoversikt.pdf?${documentQuery}`}
              variant="secondary"
              size="small"
              icon={<DownloadIcon aria-hidden />}
              download
            >
              {t("downloadPdf")}
            </ButtonLink>
            <ButtonLink
              href={`/utbetalinger/utbetalingsoversikt.csv?${documentQuery}`}
              variant="secondary"
              size="small"
              icon={<DownloadIcon aria-hidden />}
              download
            >
              {t("downloadCsv")}
            </ButtonLink>
            <PrintButton label={t("print")} />
          </HStack>
        </VStack>
      </Box>
      <HStack gap="space-24" className="no-print">
        <Link href="/utbetalinger/arsoversikt">{t("yearSummaryLink")}</Link>
        <Link href="/skatt">{t("taxLink")}</Link>
      </HStack>
    </PageShell>
  );
}
