import { getTranslations } from "next-intl/server";
import { ASKS, type Effect, type ReportedChange, type ChangeKind } from "@/lib/domain/life-changes";
import { formatCountry, formatDate, formatMonth, formatNumber } from "@/lib/format";
import { type Locale } from "@/lib/i18n/locales";

/** "What usually happens" as sentences in the user's language. */
export async function effectSentences(effects: readonly Effect[], locale: Locale): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "lifeChange.effects" });
  return effects.map((e) =>
    t(e.code as "asMarried", { month: e.month ? formatMonth(e.month, locale) : "", percent: e.percent !== undefined ? formatNumber(e.percent, locale) : "" }),
  );
}

/** Who else at Nav is told, and whether the population register tells Nav anyway. */
export async function informedSentences(told: { informed: readonly string[]; fromRegister: boolean }, locale: Locale): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "lifeChange.told" });
  return [...told.informed.map((i) => t(i as "MEMBERSHIP")), told.fromRegister ? t("fromRegister") : t("notFromRegister")];
}

/** The answers as label and value, for the check-your-answers step and the receipt. */
export async function answerRows(c: ReportedChange, locale: Locale): Promise<Array<{ label: string; value: string }>> {
  const t = await getTranslations({ locale, namespace: "lifeChange" });
  const yes = (v: boolean | undefined) => (v ? t("yes") : t("no"));
  const rows = [
    { label: t("what"), value: t(`kinds.${c.kind}.title`) },
    { label: t(`kinds.${c.kind}.date`), value: formatDate(c.fromDate, locale) },
  ];
  const asks = ASKS[c.kind as ChangeKind];
  if (asks.includes("otherName")) rows.push({ label: t("otherName"), value: c.otherName ?? "" });
  if (asks.includes("country")) rows.push({ label: t("country"), value: c.country ? formatCountry(c.country, locale) : "" });
  if (asks.includes("institution")) rows.push({ label: t("institution"), value: c.institution ?? "" });
  for (const q of ["previouslyMarried", "childrenTogether", "atHome", "providesForChildren", "providesForSpouse"] as const) {
    if (asks.includes(q)) rows.push({ label: t(`questions.${q}`), value: yes(c[q]) });
  }
  return rows;
}
