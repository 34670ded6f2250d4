import { getTranslations } from "next-intl/server";
import { Button, HStack, Select, VStack, Heading, ErrorSummary, ButtonLink } from "@/components/ui/aksel";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { PERIOD_KINDS, type Period, type PeriodError } from "@/lib/domain/periods";
import { formatMonth } from "@/lib/format";
import { type Locale } from "@/lib/i18n/locales";

type Props = {
  period: Period;
  errors: PeriodError[];
  months: string[];
  custom: { from?: string; to?: string };
  locale: Locale;
};

/** Period chips as links and a plain GET form for a custom period: both work without JavaScript. */
export async function PeriodChooser({ period, errors, months, custom, locale }: Props) {
  const t = await getTranslations("payments");
  const showCustom = period.kind === "egen" || errors.length > 0;
  const fieldError = (field: "from" | "to") =>
    errors.filter((e) => (field === "from" ? e !== "toInvalid" : e === "toInvalid")).map((e) => t(`periodErrors.${e}`))[0];
  return (
    <VStack gap="space-16" className="no-print">
      <nav aria-label={t("periodNav")}>
        <HStack gap="space-8" wrap>
          {PERIOD_KINDS.map((kind) => {
            const selected = kind === "egen" ? showCustom : period.kind === kind && !errors.length;
            return (
              <ButtonLink
                key={kind}
                href={kind === "egen" ? "/utbetalinger?periode=egen#egen-periode" : `/utbetalinger?periode=${kind}`}
                size="small"
                variant={selected ? "primary" : "secondary"}
                aria-current={selected ? "true" : undefined}
              >
                {t(`periods.${kind}`)}
              </ButtonLink>
            );
          })}
        </HStack>
      </nav>
      {showCustom && (
        <form method="get" action="/utbetalinger" id="egen-periode" aria-labelledby="egen-periode-heading">
          <input type="hidden" name="periode" value="egen" />
          <VStack gap="space-12">
            <Heading level="2" size="small" id="egen-periode-heading">
              {t("customHeading")}
            </Heading>
            {errors.length > 0 && custom.from !== undefined && (
              <ErrorSummary heading={t("periodErrors.heading")}>
                {errors.map((e) => (
                  <ErrorSummaryItem key={e} href={e === "toInvalid" ? "#til" : "#fra"}>
                    {t(`periodErrors.${e}`)}
                  </ErrorSummaryItem>
                ))}
              </ErrorSummary>
            )}
            <HStack gap="space-16" align="end" wrap>
              {(["from", "to"] as const).map((field) => (
                <Select
                  key={field}
                  id={field === "from" ? "fra" : "til"}
                  name={field === "from" ? "fra" : "til"}
                  label={field === "from" ? t("customFrom") : t("customTo")}
                  defaultValue={custom[field] ?? (field === "from" ? months.at(-1) : months[0])}
                  error={custom.from !== undefined ? fieldError(field) : undefined}
                >
                  {months.map((m) => (
                    <option key={m} value={m}>
                      {formatMonth(m, locale)}
                    </option>
                  ))}
                </Select>
              ))}
              <Button type="submit">{t("customShow")}</Button>
            </HStack>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
