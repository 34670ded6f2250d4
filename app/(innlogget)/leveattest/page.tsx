import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, BodyShort, Box, Button, ButtonLink, Heading, List, ListItem, VStack } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { lifeCertificates } from "@/lib/server/data/life-certificate";
import { CURRENT_TEXT_VERSION } from "@/lib/domain/consents";
import { first, type SearchParams } from "@/lib/search-params";
import { formatDate, formatInstantDate } from "@/lib/format";
import { toLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/clock";
import { startDigital } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("lifeCertificate");
  return { title: t("heading") };
}

const RESULTS = { godkjent: "success", ansikt: "error", utlopt: "error", utilgjengelig: "warning", ukjent: "warning" } as const;
type ResultCode = keyof typeof RESULTS;

/**
 * The life certificate: by when, what happens if it does not come, and two
 * ways to send it: digitally now (terms, then an identity check with passport
 * or ID card and a selfie), or on a pre-filled paper form.
 */
export default async function LifeCertificatePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/leveattest");
  const t = await getTranslations("lifeCertificate");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const all = await lifeCertificates(user, today());
  const open = all.find((r) => r.state === "REQUESTED" || r.state === "OVERDUE");
  const result = first(params.resultat) as ResultCode | undefined;
  const termsMissing = first(params.feil) === "vilkar";
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      {result && result in RESULTS && (
        <Alert variant={RESULTS[result]} role={RESULTS[result] === "success" ? "status" : "alert"}>
          {t(`results.${result}`)}
        </Alert>
      )}
      {open ? (
        <>
          <Alert variant={open.state === "OVERDUE" ? "error" : "warning"}>
            {open.state === "OVERDUE" ? t("overdue", { date: formatDate(open.dueBy, locale) }) : t("due", { date: formatDate(open.dueBy, locale) })}
          </Alert>
          <BodyLong>{t("why")}</BodyLong>
          <Box as="section" aria-labelledby="digital-heading" padding="space-24" borderWidth="1" borderColor="neutral-subtle" borderRadius="12">
            <VStack gap="space-12">
              <Heading level="2" size="medium" id="digital-heading">
                {t("digitalHeading")}
              </Heading>
              <BodyLong>{t("digitalText")}</BodyLong>
              <Heading level="3" size="small" id="vilkar">
                {t("termsHeading", { version: CURRENT_TEXT_VERSION.DIGITAL_LIFE_CERTIFICATE })}
              </Heading>
              <List>
                {(["who", "what", "kept", "withdraw"] as const).map((k) => (
                  <ListItem key={k}>{t(`terms.${k}`)}</ListItem>
                ))}
              </List>
              <form action={startDigital}>
                <VStack gap="space-12">
                  <div className={termsMissing ? "aksel-form-field aksel-form-field--error" : "aksel-form-field"}>
                    <label className="terms-accept">
                      <input
                        type="checkbox"
                        name="accept"
                        value="ja"
                        aria-describedby={termsMissing ? "terms-error" : undefined}
                        aria-invalid={termsMissing || undefined}
                      />{" "}
                      {t("accept")}
                    </label>
                    {termsMissing && (
                      <BodyShort id="terms-error" className="terms-error">
                        {t("acceptRequired")}
                      </BodyShort>
                    )}
                  </div>
                  <div>
                    <Button type="submit">{t("start")}</Button>
                  </div>
                </VStack>
              </form>
            </VStack>
          </Box>
          <Box as="section" aria-labelledby="paper-heading" padding="space-24" borderWidth="1" borderColor="neutral-subtle" borderRadius="12">
            <VStack gap="space-12">
              <Heading level="2" size="medium" id="paper-heading">
                {t("paperHeading")}
              </Heading>
              <BodyLong>{t("paperText")}</BodyLong>
              <BodyShort weight="semibold">{t("address")}</BodyShort>
              <div>
                <ButtonLink href="/leveattest/skjema.pdf" variant="secondary">
                  {t("paperDownload")}
                </ButtonLink>
              </div>
            </VStack>
          </Box>
        </>
      ) : (
        <BodyLong>{t("none")}</BodyLong>
      )}
      {all.length > 0 && (
        <VStack as="section" aria-labelledby="history-heading" gap="space-8">
          <Heading level="2" size="medium" id="history-heading">
            {t("historyHeading")}
          </Heading>
          <List>
            {all.map((r) => (
              <ListItem key={r.id}>
                {t(`states.${r.state}`, {
                  asked: formatInstantDate(r.requestedAt, locale),
                  due: formatDate(r.dueBy, locale),
                  received: r.receivedAt ? formatInstantDate(r.receivedAt, locale) : "",
                })}
              </ListItem>
            ))}
          </List>
        </VStack>
      )}
      <BodyShort size="small">{t("retention")}</BodyShort>
    </PageShell>
  );
}
