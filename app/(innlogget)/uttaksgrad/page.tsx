import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, BodyShort, Button, Heading, Radio, RadioGroup, VStack, Alert } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { drawGradeOverview } from "@/lib/server/data/draw-grade";
import { formatMoney, formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { first, type SearchParams } from "@/lib/search-params";
import { today } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("drawGrade");
  return { title: t("heading") };
}

/** Step one: the current grade and every possible change, with earliest month, estimate and reasons. */
export default async function DrawGradePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/uttaksgrad");
  const t = await getTranslations("drawGrade");
  const locale = toLocale(await getLocale());
  const overview = await drawGradeOverview(user, today());
  const chosen = first((await searchParams).grad);
  if (!overview) {
    return (
      <PageShell width="md">
        <Heading level="1" size="xlarge">
          {t("heading")}
        </Heading>
        <BodyLong>{t("noPension")}</BodyLong>
      </PageShell>
    );
  }
  const available = overview.options.filter((o) => o.availableNow);
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      <BodyShort size="large" weight="semibold">
        {t("current", { grade: overview.current, month: formatMonth(overview.since, locale) })}
      </BodyShort>
      {overview.scheduled && (
        <Alert variant="info">{t("scheduled", { grade: overview.scheduled.grade, month: formatMonth(overview.scheduled.from, locale) })}</Alert>
      )}
      {overview.reminders.map((r) => (
        <Alert key={r.code} variant="info" size="small">
          {r.code === "turning67" ? t("reminders.turning67", { month: formatMonth(r.month, locale) }) : t("reminders.applyMonthBefore")}
        </Alert>
      ))}
      <form method="get" action="/uttaksgrad/oppsummering">
        <VStack gap="space-16">
          <RadioGroup legend={t("chooseLegend")} name="grad" defaultValue={available.some((o) => String(o.grade) === chosen) ? chosen : undefined}>
            {overview.options.map((o) => (
              <Radio
                key={o.grade}
                value={String(o.grade)}
                disabled={!o.availableNow}
                description={
                  o.availableNow
                    ? [
                        o.grade === 0
                          ? t("optionStop", { month: formatMonth(o.earliestMonth, locale) })
                          : t("optionAvailable", { month: formatMonth(o.earliestMonth, locale), amount: formatMoney(o.estimatedGrossOre, locale) }),
                        o.newApplication ? t("newApplication") : "",
                      ]
                        .join(" ")
                        .trim()
                    : `${t("optionLater", { month: formatMonth(o.earliestMonth, locale) })} ${o.blocker ? t(`blockers.${o.blocker}`) : ""}`
                }
              >
                {t("option", { grade: o.grade })}
              </Radio>
            ))}
          </RadioGroup>
          <div>
            <Button type="submit">{t("continue")}</Button>
          </div>
        </VStack>
      </form>
    </PageShell>
  );
}
