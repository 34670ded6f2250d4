import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BodyLong, Heading } from "@navikt/ds-react";
import { PageShell } from "@/components/PageShell";
import { PaymentTable } from "@/components/PaymentTable";
import { PaymentLines } from "@/components/PaymentLines";
import { requirePage } from "@/lib/server/auth/current-user";
import { listPayments } from "@/lib/server/data/payments";
import { formatMonth } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("heading") };
}

export default async function PaymentsPage() {
  const user = await requirePage("/utbetalinger");
  const t = await getTranslations("payments");
  const locale = toLocale(await getLocale());
  const payments = await listPayments(user, today());
  const latest = payments[0];
  return (
    <PageShell>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead")}</BodyLong>
      {latest ? (
        <>
          <PaymentLines
            lines={latest.lines}
            totals={latest.totals}
            locale={locale}
            caption={t("detailsFor", { month: formatMonth(latest.periodMonth, locale) })}
          />
          <PaymentTable payments={payments} locale={locale} caption={t("caption")} />
        </>
      ) : (
        <BodyLong>{t("empty")}</BodyLong>
      )}
    </PageShell>
  );
}
