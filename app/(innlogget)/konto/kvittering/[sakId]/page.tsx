import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Receipt } from "@/components/Receipt";
import { requirePage } from "@/lib/server/auth/current-user";
import { accountReceipt } from "@/lib/server/data/bank-account";
import { formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { NotFoundContent } from "@/components/NotFoundContent";

type Params = Promise<{ sakId: string }>;

/** One lookup per request, shared by the title and the page. */
const loadReceipt = cache(async (sakId: string) => accountReceipt(await requirePage(`/konto/kvittering/${sakId}`), sakId));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const receipt = await loadReceipt((await params).sakId);
  return { title: receipt ? (await getTranslations("account.receipt"))("heading") : (await getTranslations("errors"))("notFoundHeading") };
}

export default async function AccountReceiptPage({ params }: { params: Params }) {
  const { sakId } = await params;
  const t = await getTranslations("account.receipt");
  const locale = toLocale(await getLocale());
  const receipt = await loadReceipt(sakId);
  if (!receipt) return <NotFoundContent />;
  return (
    <Receipt
      heading={t("heading")}
      lead={t("what", { account: receipt.masked })}
      lines={[t("first", { month: formatMonth(receipt.firstMonth, locale) }), t("inbox")]}
      back={{ href: "/konto", label: t("back") }}
    />
  );
}
