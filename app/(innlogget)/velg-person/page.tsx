import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert, BodyLong, Button, Heading, Link, Radio, RadioGroup, VStack, ErrorSummary } from "@/components/ui/aksel";
import { PageShell } from "@/components/PageShell";
import { requirePage } from "@/lib/server/auth/current-user";
import { heldMandates } from "@/lib/server/auth/mandates";
import { safeReturnPath } from "@/lib/server/auth/policy";
import { first, type SearchParams } from "@/lib/search-params";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/format";
import { today } from "@/lib/clock";
import { scopeSentence } from "@/components/ScopeList";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { chooseSubject } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("acting.choose");
  return { title: t("heading") };
}

/**
 * Whom to act for: oneself, or someone who has given a power (or whose
 * guardian one is). Asked after login, and open at any time from the header.
 * Works as a plain form post; the choice is checked on the server.
 */
export default async function ChoosePersonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePage("/velg-person");
  const t = await getTranslations("acting.choose");
  const locale = toLocale(await getLocale());
  const params = await searchParams;
  const held = await heldMandates(user.actorId, today());
  const error = first(params.feil);
  const ended = first(params.grunn) === "slutt";
  const onward = safeReturnPath(first(params.tilbake) ?? "/oversikt");
  const sentences = await Promise.all(held.map((h) => scopeSentence(h.scopes, locale)));
  // The person acted for now, by id: two people can share a name.
  const current = user.acting ? held.find((h) => h.subjectId === user.personId)?.powerId : "self";
  return (
    <PageShell width="md">
      <Heading level="1" size="xlarge">
        {t("heading")}
      </Heading>
      {ended && (
        <Alert variant="warning" role="alert">
          {t("ended")}
        </Alert>
      )}
      {error === "2" && (
        <Alert variant="error" role="alert">
          {t("notValid")}
        </Alert>
      )}
      {error === "1" && (
        <ErrorSummary heading={t("errorHeading")}>
          <ErrorSummaryItem href="#subject-self">{t("subjectRequired")}</ErrorSummaryItem>
        </ErrorSummary>
      )}
      {held.length === 0 ? (
        <>
          <BodyLong>{t("none")}</BodyLong>
          <Link href="/oversikt">{t("toOverview")}</Link>
        </>
      ) : (
        <form action={chooseSubject}>
          <input type="hidden" name="tilbake" value={onward} />
          <VStack gap="space-16">
            <BodyLong>{t("lead")}</BodyLong>
            <RadioGroup legend={t("legend")} name="subject" defaultValue={current} error={error === "1" ? t("subjectRequired") : undefined}>
              <Radio value="self" id="subject-self">
                {t("self", { name: user.name })}
              </Radio>
              {held.map((h, i) => (
                <Radio
                  key={h.powerId}
                  value={h.powerId}
                  description={`${h.kind === "GUARDIAN" ? t("asGuardian") : t("asAttorney")} ${h.validTo ? t("until", { date: formatDate(h.validTo, locale) }) : t("noEnd")} ${t("may", { what: sentences[i].charAt(0).toLocaleLowerCase(locale) + sentences[i].slice(1) })}`}
                >
                  {h.subjectName}
                </Radio>
              ))}
            </RadioGroup>
            {user.level !== "high" && <Alert variant="info">{t("needsHigh")}</Alert>}
            <div>
              <Button type="submit">{t("submit")}</Button>
            </div>
          </VStack>
        </form>
      )}
    </PageShell>
  );
}
