import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Receipt } from "@/components/Receipt";
import { requirePage } from "@/lib/server/auth/current-user";
import { caseReceipt } from "@/lib/server/data/voluntary-tax-change";
import { caseReference, formatInstantDate, formatMoney, formatMonth, formatNumber } from "@/lib/format";
import { firstWithheldFrom } from "@/lib/domain/voluntary-tax";
import { toLocale } from "@/lib/i18n/locales";

type Payload = { kind: "stop" | "amount" | "percent"; amountOre?: number; percent?: number; fromMonth: string };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tax.receipt");
  return { title: t("heading") };
}

export default async function ReceiptPage({ params }: { params: Promise<{ sakId: string }> }) {
  const { sakId } = await params;
  const user = await requirePage(`/skatt/kvittering/${sakId}`);
  const t = await getTranslations("tax.receipt");
  const locale = toLocale(await getLocale());
  const receipt = await caseReceipt(user, sakId);
  if (!receipt || receipt.type !== "VOLUNTARY_TAX") notFound();
  const payload = receipt.payload as Payload;
  const what =
    payload.kind === "amount"
      ? t("amount", { amount: formatMoney(payload.amountOre ?? 0, locale) })
      : payload.kind === "percent"
        ? t("percent", { percent: formatNumber(payload.percent ?? 0, locale) })
        : t("stop");
  const month = formatMonth(payload.fromMonth, locale);
  const firstMonth = formatMonth(firstWithheldFrom(payload.fromMonth), locale);
  return (
    <Receipt
      heading={t("heading")}
      lead={what}
      lines={[
        t("from", { month }),
        ...(receipt.decidedAt ? [t("caseStatus", { date: formatInstantDate(receipt.decidedAt, locale) })] : []),
        payload.kind === "stop" ? t("nextStop", { firstMonth }) : t("next", { firstMonth }),
        t("reference", { reference: caseReference(receipt.id) }),
      ]}
      back={{ href: "/skatt", label: t("back") }}
    />
  );
}
