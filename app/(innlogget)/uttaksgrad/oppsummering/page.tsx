import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link } from "@/components/ui/aksel";
import {
  FormSummary,
  FormSummaryAnswer,
  FormSummaryAnswers,
  FormSummaryHeader,
  FormSummaryHeading,
  FormSummaryLabel,
  FormSummaryValue,
} from "@navikt/ds-react/FormSummary";
import { PageShell } from "@/components/PageShell";
import { DrawGradeSubmit } from "@/components/DrawGradeSubmit";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { drawGradeOverview } from "@/lib/server/data/draw-grade";
import { formatMoney, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, type SearchParams } from "@/lib/search-params";
import { today } from "@/lib/clock";
import { submitDrawGrade } from "../actions";
import { FormMessages } from "@/components/form/FormMessages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("drawGrade.summary");
  return { title: t("heading") };
}

/** Step two: check your answers, then send. */
export default async function DrawGradeSummaryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/uttaksgrad/oppsummering");
  const t = await getTranslations("drawGrade");
  const locale = toLocale(await getLocale());
  const overview = await drawGradeOverview(user, today());
  const grade = first((await searchParams).grad);
  const option = overview?.options.find((o) => String(o.grade) === grade && o.availableNow);
  if (!overview || !option) {
    return (
      <PageShell width="md">
        <Heading level="1" size="xlarge">
          {t("summary.heading")}
        </Heading>
        <Alert variant="warning">{t("summary.notAvailable")}</Alert>
        <Link href="/uttaksgrad">{t("summary.change")}</Link>
      </PageShell>
    );
  }
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("summary.heading")}
      </Heading>
      <FormSummary>
        <FormSummaryHeader>
          <FormSummaryHeading level="2">{t("heading")}</FormSummaryHeading>
        </FormSummaryHeader>
        <FormSummaryAnswers>
          <FormSummaryAnswer>
            <FormSummaryLabel>{t("summary.newGrade")}</FormSummaryLabel>
            <FormSummaryValue>{t("option", { grade: option.grade })}</FormSummaryValue>
          </FormSummaryAnswer>
          <FormSummaryAnswer>
            <FormSummaryLabel>{t("summary.from")}</FormSummaryLabel>
            <FormSummaryValue>{formatMonth(option.earliestMonth, locale)}</FormSummaryValue>
          </FormSummaryAnswer>
          <FormSummaryAnswer>
            <FormSummaryLabel>{t("summary.amount")}</FormSummaryLabel>
            <FormSummaryValue>{option.grade === 0 ? t("summary.stopped") : formatMoney(option.estimatedGrossOre, locale)}</FormSummaryValue>
          </FormSummaryAnswer>
        </FormSummaryAnswers>
      </FormSummary>
      {option.grade === 0 && (
        <Alert variant="warning" role="alert">
          {t("summary.stopWarning", { month: formatMonth(option.earliestMonth, locale) })}
        </Alert>
      )}
      <BodyLong>{t("summary.automated")}</BodyLong>
      <FormMessages>
        <DrawGradeSubmit action={submitDrawGrade} grade={option.grade} idempotencyKey={formKey(user)} basedOn={overview.basedOn} />
      </FormMessages>
    </PageShell>
  );
}
