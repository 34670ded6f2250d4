import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Heading, Link } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { MessageForm } from "@/components/MessageForm";
import { FormMessages } from "@/components/form/FormMessages";
import { requirePage } from "@/lib/server/auth/current-user";
import { formKey } from "@/lib/server/forms/form-key";
import { answerDueBy } from "@/lib/domain/messages";
import { formatDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { submitMessage } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox.write");
  return { title: t("heading") };
}

/** Write to Nav: what it is about and the text, with the answer date and a warning about sensitive information first. */
export default async function WritePage() {
  const user = await requirePage("/meldinger/ny");
  const t = await getTranslations("inbox.write");
  const locale = toLocale(await getLocale());
  return (
    <PageShell width="md">
      <Link href="/meldinger">{t("back")}</Link>
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      <BodyLong>{t("lead", { date: formatDate(answerDueBy(today()), locale) })}</BodyLong>
      <Alert variant="warning">{t("sensitive")}</Alert>
      <FormMessages>
        <MessageForm action={submitMessage} idempotencyKey={formKey(user)} />
      </FormMessages>
    </PageShell>
  );
}
