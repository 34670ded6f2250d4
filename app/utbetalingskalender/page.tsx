import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, HStack, Link, Tag, ButtonLink } from "@/components/ui/aksel";
import { CalendarIcon } from "@navikt/aksel-icons";
import { Table, TableBody, TableDataCell, TableHeader, TableHeaderCell, TableRow } from "@/components/ui/table";
import { PageShell } from "@/components/PageShell";
import { calendarYear, FIRST_YEAR, hasOfficialDates, paymentCalendar } from "@/lib/domain/payment-dates";
import { formatDate, formatMonth, formatWeekday } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { first } from "@/lib/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.nav");
  return { title: t("calendar") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("calendar");
  const tics = await getTranslations("ics");
  const locale = toLocale(await getLocale());
  const current = Number(today().slice(0, 4));
  const year = calendarYear(first((await searchParams).ar), current);
  const day = today();
  const rows = paymentCalendar(year, day);
  const official = hasOfficialDates(year);
  const anyEstimated = rows.some((r) => r.estimated);
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading", { year })}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <Alert variant={anyEstimated ? "warning" : "info"} size="small">
        {official ? t("official", { year }) : anyEstimated ? t("estimated", { year }) : t("past", { year })}
      </Alert>
      <nav aria-label={t("yearNav")} className="no-print">
        <HStack gap="space-24">
          {year > FIRST_YEAR && <Link href={`/utbetalingskalender?ar=${year - 1}`}>{t("previousYear", { year: year - 1 })}</Link>}
          {year < current + 2 && <Link href={`/utbetalingskalender?ar=${year + 1}`}>{t("nextYear", { year: year + 1 })}</Link>}
        </HStack>
      </nav>
      <Table reflow="stack" caption={t("heading", { year })}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t("month")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("date")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("weekday")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("status")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.month}>
              <TableHeaderCell scope="row">{formatMonth(row.month, locale)}</TableHeaderCell>
              <TableDataCell label={t("date")}>{formatDate(row.date, locale)}</TableDataCell>
              <TableDataCell label={t("weekday")}>{formatWeekday(row.date, locale)}</TableDataCell>
              <TableDataCell label={t("status")}>
                <Tag size="small" variant={row.estimated ? "warning" : "success"}>
                  {row.estimated ? t("statusEstimated") : row.date <= day ? t("statusPaid") : t("statusOfficial")}
                </Tag>
              </TableDataCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className="no-print">
        <ButtonLink href={`/utbetalingskalender/kalender.ics?ar=${year}`} variant="secondary" icon={<CalendarIcon aria-hidden />} download>
          {tics("download", { year })}
        </ButtonLink>
      </div>
      <BodyLong>{t("decemberNote")}</BodyLong>
      <BodyLong>{t("abroadNote")}</BodyLong>
      <BodyLong>{t("spkNote")}</BodyLong>
    </PageShell>
  );
}
