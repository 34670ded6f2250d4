import { getTranslations } from "next-intl/server";
import { Button, HStack, VStack, Heading, ButtonLink } from "@/components/ui/aksel";
import { ErrorSummary, Fieldset, fieldsetErrorId, Select } from "@/components/ui/fields";
import { PERIOD_KINDS, type Period, type PeriodError } from "@/lib/domain/periods";
import { formatMonthName } from "@/lib/format";
import { parseYearMonth, type YearMonth } from "@/lib/domain/calendar";
import { type Locale } from "@/lib/i18n/locales";

type Props = {
  period: Period;
  errors: PeriodError[];
  /** The first and last month a custom period can hold. */
  span: { first: YearMonth; last: YearMonth };
  custom: { from?: string; to?: string };
  locale: Locale;
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/**
 * Period chips as links and a plain GET form for a custom period: both work
 * without JavaScript. A custom month is chosen as a month and a year (twelve
 * and a handful of options) rather than from one list of every month since
 * the pension started, which was long to scroll and heavy to send.
 */
export async function PeriodChooser({ period, errors, span, custom, locale }: Props) {
  const t = await getTranslations("payments");
  const [firstYear, lastYear] = [parseYearMonth(span.first).year, parseYearMonth(span.last).year];
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => lastYear - i);
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
              <ErrorSummary
                heading={t("periodErrors.heading")}
                items={errors.map((e) => ({ href: e === "toInvalid" ? "#til" : "#fra", text: t(`periodErrors.${e}`) }))}
              />
            )}
            <HStack gap="space-16" align="end" wrap>
              {(["from", "to"] as const).map((field) => {
                // What was chosen stays chosen; otherwise the whole span.
                const chosen = custom[field] ?? (field === "from" ? span.first : span.last);
                const [year, month] = chosen.split("-");
                const prefix = field === "from" ? "fra" : "til";
                const error = custom.from !== undefined ? fieldError(field) : undefined;
                const errorId = error ? fieldsetErrorId(`${prefix}-periode`) : undefined;
                return (
                  <Fieldset key={field} id={`${prefix}-periode`} legend={field === "from" ? t("customFrom") : t("customTo")} error={error}>
                    <HStack gap="space-8" wrap>
                      <Select id={prefix} name={`${prefix}Mnd`} label={t("customMonth")} defaultValue={month} errorId={errorId}>
                        {MONTHS.map((m) => (
                          <option key={m} value={String(m).padStart(2, "0")}>
                            {formatMonthName(m, locale)}
                          </option>
                        ))}
                      </Select>
                      <Select id={`${prefix}-aar`} name={`${prefix}Aar`} label={t("customYear")} defaultValue={year} errorId={errorId}>
                        {years.map((y) => (
                          <option key={y} value={String(y)}>
                            {y}
                          </option>
                        ))}
                      </Select>
                    </HStack>
                  </Fieldset>
                );
              })}
              <Button type="submit">{t("customShow")}</Button>
            </HStack>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
