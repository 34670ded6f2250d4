import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { MenuHamburgerIcon, PadlockLockedIcon } from "@navikt/aksel-icons";
import { BodyShort, Box, Button, HStack, Link } from "@/components/ui/aksel";
import { buttonLook } from "@/components/ui/button";
import { levelForPath } from "@/lib/server/auth/policy";
import { pageAllowed, type Mandate } from "@/lib/domain/representation";
import { toLocale } from "@/lib/i18n/locales";
import { LanguageSwitch } from "./LanguageSwitch";

type Props = {
  user: { name: string; level: "substantial" | "high"; acting: Mandate | null; canSwitch: boolean; foreignEid: boolean } | null;
  setLanguage: (formData: FormData) => Promise<void>;
};

const NAV = [
  ["/oversikt", "overview"],
  ["/utbetalinger", "payments"],
  ["/uttaksgrad", "drawGrade"],
  ["/skatt", "tax"],
  ["/konto", "account"],
  ["/saker", "cases"],
  ["/meldinger", "inbox"],
  ["/endringer", "lifeChange"],
  ["/utbetalingskalender", "calendar"],
  ["/mine-data", "privacyCentre"],
  ["/fullmakter", "powers"],
  ["/personvern", "privacy"],
] as const;

/** The menu entry the page belongs to: the longest matching prefix. */
function currentEntry(path: string): string | null {
  const hits = NAV.map(([href]) => href).filter((href) => path === href || path.startsWith(`${href}/`));
  return hits.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * The header. On a wide screen the menu is a row of links; on a phone it folds
 * into one "Menu" button (a <details>, so it works without JavaScript) and the
 * page's content starts right under one line of header. The current page is
 * marked with aria-current; entries that need a higher security level than the
 * user logged in with say so before the user follows them. Someone acting for
 * another person sees only what the power lets them reach, and a link to
 * switch person; so does someone who may act for others.
 */
export async function SiteHeader({ user, setLanguage }: Props) {
  const t = await getTranslations("layout");
  const locale = await getLocale();
  const path = ((await headers()).get("x-request-path") ?? "/").split("?")[0];
  const current = currentEntry(path);

  const language = <LanguageSwitch action={setLanguage} current={toLocale(locale)} label={t("language")} />;
  const who = user && (
    <BodyShort size="small">
      {t("loggedInAs", { name: user.name })}
      <br />
      {user.level === "high" ? t("levelHigh") : user.foreignEid ? t("levelForeign") : t("levelSubstantial")}
    </BodyShort>
  );
  const switchPerson = user?.canSwitch && (
    <Link href="/velg-person" className="no-print">
      {t("switchPerson")}
    </Link>
  );
  const logout = (
    <form action="/logg-ut" method="post" className="inline-form">
      <Button type="submit" variant="secondary" size="small">
        {t("logout")}
      </Button>
    </form>
  );
  const links = user && (
    <ul className="site-nav__list">
      {NAV.filter(([href]) => pageAllowed(user.acting, href)).map(([href, key]) => {
        const locked = user.level === "substantial" && levelForPath(href) === "high";
        return (
          <li key={href}>
            <Link href={href} aria-current={current === href ? "page" : undefined} className="site-nav__link">
              {t(`nav.${key}`)}
              {locked && (
                <>
                  <PadlockLockedIcon aria-hidden className="site-nav__lock" />
                  <span className="aksel-sr-only">{t("nav.needsHigh")}</span>
                </>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );

  return (
    <header className="site-header">
      <Box borderWidth="0 0 1 0" borderColor="neutral-subtle" paddingBlock="space-12" paddingInline="space-16">
        <HStack justify="space-between" align="center" gap="space-12" wrap={!user}>
          <Link href="/" aria-label={t("homeLink")} underline={false}>
            <BodyShort as="span" size="large" weight="semibold">
              Nav · {t("serviceName")}
            </BodyShort>
          </Link>
          <HStack gap="space-16" align="center" wrap className={user ? "only-wide" : undefined}>
            {language}
            {user ? (
              <>
                {who}
                {switchPerson}
                {logout}
              </>
            ) : (
              <Link href="/logg-inn">{t("login")}</Link>
            )}
          </HStack>
          {user && (
            <details className="site-menu only-narrow no-print">
              <summary {...buttonLook("secondary", "small")}>
                <MenuHamburgerIcon aria-hidden />
                <span className="aksel-label aksel-label--small">{t("menu")}</span>
              </summary>
              <nav aria-label={t("mainNav")} className="site-menu__panel">
                {links}
                <div className="site-menu__account">
                  {who}
                  {switchPerson}
                  <HStack gap="space-12" align="center" wrap>
                    {logout}
                    {language}
                  </HStack>
                </div>
              </nav>
            </details>
          )}
        </HStack>
      </Box>
      {user && (
        <Box as="nav" aria-label={t("mainNav")} paddingInline="space-24" paddingBlock="space-8" background="neutral-soft" className="no-print only-wide">
          {links}
        </Box>
      )}
    </header>
  );
}
