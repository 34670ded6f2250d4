import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Receipt } from "@/components/Receipt";
import { requirePage } from "@/lib/server/auth/current-user";
import { caseReceipt } from "@/lib/server/data/voluntary-tax-change";
import { caseReference, formatInstantDate, formatMoney, formatMonth, formatNumber } from "@/lib/format";
import { firstWithheldFrom } from "@/lib/domain/voluntary-tax";
import { toLocale } from "@/lib/i18n/locales";
import { NotFoundContent } from "@/components/NotFoundContent";

type Payload = { kind: "stop" | "amount" | "percent"; amountOre?: number; percent?: number; fromMonth: string };

type Params = Promise<{ sakId: string }>;

/** One lookup per request, shared by the title and the page; only a voluntary-tax case has this receipt. */
const loadReceipt = cache(async (sakId: string) => {
  const receipt = await caseReceipt(await requirePage(`/skatt/kvittering/${sakId}`), sakId);
  return receipt?.type === "VOLUNTARY_TAX" ? receipt : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const receipt = await loadReceipt((await params).sakId);
  return { title: receipt ? (await getTranslations("tax.receipt"))("heading") : (await getTranslations("errors"))("notFoundHeading") };
}

export default async function ReceiptPage({ params }: { params: Params }) {
  const { sakId } = await params;
  const t = await getTranslations("tax.receipt");
  const locale = toLocale(await getLocale());
  const receipt = await loadReceipt(sakId);
  if (!receipt) return <NotFoundContent />;
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
