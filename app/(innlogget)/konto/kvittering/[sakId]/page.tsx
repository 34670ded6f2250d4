import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Receipt } from "@/components/Receipt";
import { requirePage } from "@/lib/server/auth/current-user";
import { accountReceipt } from "@/lib/server/data/bank-account";
import { formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.receipt");
  return { title: t("heading") };
}

export default async function AccountReceiptPage({ params }: { params: Promise<{ sakId: string }> }) {
  const { sakId } = await params;
  const user = await requirePage(`/konto/kvittering/${sakId}`);
  const t = await getTranslations("account.receipt");
  const locale = toLocale(await getLocale());
  const receipt = await accountReceipt(user, sakId);
  if (!receipt) notFound();
  return (
    <Receipt
      heading={t("heading")}
      lead={t("what", { account: receipt.masked })}
      lines={[t("first", { month: formatMonth(receipt.firstMonth, locale) }), t("inbox")]}
      back={{ href: "/konto", label: t("back") }}
    />
  );
}
