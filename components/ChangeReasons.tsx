import { getTranslations } from "next-intl/server";
import { BodyLong, List, ListItem } from "@/components/ui/aksel";
import { type ChangeReason } from "@/lib/domain/payment-changes";
import { formatMonth } from "@/lib/format";
import { intlTag, type Locale } from "@/lib/i18n/locales";
import { byCode } from "@/lib/i18n/by-code";

/** Turns derived change reasons into plain sentences. */
export async function ChangeReasons({ reasons, locale, first }: { reasons: ChangeReason[]; locale: Locale; first: boolean }) {
  const t = await getTranslations("paymentDetail");
  const tl = await getTranslations("lines");
  if (first) return <BodyLong>{t("whyFirst")}</BodyLong>;
  if (!reasons.length) return <BodyLong>{t("whySame")}</BodyLong>;
  const lineName = (code: string) => byCode(tl, code).toLocaleLowerCase(intlTag(locale));
  const sentence = (r: ChangeReason) => {
    switch (r.code) {
      case "adjustmentBackPay":
        return t("reasons.adjustmentBackPay", { month: formatMonth(r.forMonth, locale) });
      case "drawGradeChanged":
        return t("reasons.drawGradeChanged", { from: r.from, to: r.to });
      case "deductionStarted":
      case "deductionEnded":
      case "deductionChanged":
        return t(`reasons.${r.code}`, { line: lineName(r.line), recipient: r.recipient });
      case "supplementStarted":
      case "supplementEnded":
        return t(`reasons.${r.code}`, { line: lineName(r.line) });
      default:
        return t(`reasons.${r.code}`);
    }
  };
  return (
    <List>
      {reasons.map((r, i) => (
        <ListItem key={i}>{sentence(r)}</ListItem>
      ))}
    </List>
  );
}
