import { expect, test, type Page } from "./fixtures";
import { ERROR_TEXTS } from "../../lib/i18n/error-texts";
import { LANGUAGE_NAMES } from "../../lib/i18n/locales";
import { chooseAtIdporten, person } from "./helpers";
import { ownPerson } from "./own-person";
import { type Scenario } from "../../prisma/scenarios";
import { pattern, texts, type Locale } from "./texts";

// Issue 14: the journeys in nynorsk and English, the way the hardest-placed
// user meets them: on a 320 px phone, with JavaScript off from the first page,
// choosing the language before logging in, and with the keyboard where a form
// is filled in. Every text comes from the language's own message file, so an
// untranslated or missing text fails here. (Bokmål runs the same journeys in
// the other specs; axe runs on every page in every language in languages.spec.ts.)

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${page.url()} is ${scroll}px wide on a ${client}px screen`).toBeLessThanOrEqual(client);
}

/** From the front page: the language first, then the login, ending on `path`. */
async function startIn(page: Page, locale: Locale, who: string | Scenario, path: string) {
  const t = texts(locale);
  await page.goto("/");
  await page.getByRole("button", { name: LANGUAGE_NAMES[locale].switchLabel }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1, name: t("home.heading") })).toBeVisible();
  await noSidewaysScroll(page);
  await page.goto(path);
  await page.getByRole("button", { name: t("login.button") }).click();
  await chooseAtIdporten(page, "bankid", who);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

/** Through the collapsed menu, as on a phone; the page it leads to is marked as the current one. */
async function viaMenu(page: Page, locale: Locale, link: string) {
  const t = texts(locale);
  await page.getByText(t("layout.menu"), { exact: true }).click();
  const nav = page.getByRole("navigation", { name: t("layout.mainNav") });
  await nav.getByRole("link", { name: link }).click();
  await page.getByText(t("layout.menu"), { exact: true }).click();
  await expect(nav.getByRole("link", { name: link })).toHaveAttribute("aria-current", "page");
}

for (const locale of ["nn", "en"] as const) {
  const t = texts(locale);

  test.describe(`${locale}, without JavaScript, at 320 px`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 720 } });

    test("log in from the front page, then payments, a month, the year summary, the documents and a case", async ({ page }) => {
      const p = person("long-history");
      await startIn(page, locale, "long-history", "/oversikt");
      await expect(page.getByRole("heading", { level: 1, name: t("overview.heading", { name: `${p.givenName} ${p.familyName}` }) })).toBeVisible();
      await noSidewaysScroll(page);

      await viaMenu(page, locale, t("layout.nav.payments"));
      await expect(page.getByRole("heading", { level: 1, name: t("payments.heading") })).toBeVisible();
      await noSidewaysScroll(page);
      // The documents come in the language too, file names included.
      for (const [link, type, file] of [
        [t("payments.downloadPdf"), "application/pdf", t("statement.filePdf")],
        [t("payments.downloadCsv"), "text/csv", t("statement.fileCsv")],
      ]) {
        const href = await page.getByRole("link", { name: link }).getAttribute("href");
        const response = await page.request.get(href!);
        expect(response.status(), link).toBe(200);
        expect(response.headers()["content-type"]).toContain(type);
        expect(response.headers()["content-disposition"]).toContain(file.split("{")[0]);
      }

      await page
        .getByRole("link", { name: pattern(t("payments.openDetails")) })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1, name: pattern(t("paymentDetail.heading")) })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: t("paymentDetail.whyHeading") })).toBeVisible();
      await noSidewaysScroll(page);
      await page.getByRole("link", { name: t("paymentDetail.back") }).click();
      await page.getByRole("link", { name: t("payments.yearSummaryLink") }).click();
      await expect(page.getByRole("heading", { level: 1, name: t("yearSummary.heading") })).toBeVisible();
      await noSidewaysScroll(page);

      // A case, opened with the keyboard: its title names it.
      await viaMenu(page, locale, t("layout.nav.cases"));
      await expect(page.getByRole("heading", { level: 1, name: t("cases.heading") })).toBeVisible();
      await noSidewaysScroll(page);
      await page.locator("main a[href^='/saker/']").first().focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveTitle(new RegExp(`^${t("cases.caseTitle", { type: "" })}`));
      await noSidewaysScroll(page);

      // What does not exist says so, without JavaScript too, and the title names what was missing.
      await page.goto("/utbetalinger/2030-01");
      await expect(page.getByRole("heading", { level: 1, name: ERROR_TEXTS[locale].notFoundHeading })).toBeVisible();
      await expect(page.getByText(t("paymentDetail.notFound"))).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t("paymentDetail.notFoundTitle")}`));
      await page.goto("/saker/00000000-0000-4000-8000-000000000000");
      await expect(page.getByRole("heading", { level: 1, name: ERROR_TEXTS[locale].notFoundHeading })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t("cases.caseNotFoundTitle")}`));
      // Still the logged-in page around it (the menu is closed on a phone, so its buttons are hidden).
      await expect(page.getByRole("button", { name: t("layout.logout"), includeHidden: true }).first()).toBeAttached();
    });

    test("forms: errors in the language keep what was typed; a rights request, a message and a reported change reach their receipts", async ({ page }) => {
      // A person of the test's own: it sends a request, a message and a change.
      await startIn(page, locale, await ownPerson(locale === "nn" ? "care-home" : "abroad"), "/mine-data/rettigheter");

      // A rights request: sent empty first, then filled in with the keyboard.
      await page.getByRole("button", { name: t("rightsRequest.submit") }).click();
      await expect(page.getByText(t("rightsRequest.errorHeading"))).toBeVisible();
      await expect(page.getByRole("link", { name: t("rightsRequest.errors.reasonShort") })).toBeVisible();
      await noSidewaysScroll(page);
      await page.getByRole("radio", { name: t("rightsRequest.rights.RECTIFICATION") }).focus();
      await page.keyboard.press("Space");
      await page.getByLabel(t("rightsRequest.item")).selectOption("ADDRESS");
      await page.getByLabel(t("rightsRequest.reason")).focus();
      await page.keyboard.type(locale === "nn" ? "Postnummeret i adressa mi er feil." : "The postcode in my address is wrong.");
      await page.getByRole("button", { name: t("rightsRequest.submit") }).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByText(pattern(t("cases.deadline")))).toBeVisible();
      await expect(page).not.toHaveTitle(new RegExp(`^${t("forms.errorTitlePrefix")}`));

      // Bank account and voluntary tax: wrong input is explained in the language, and stays in the field.
      await page.goto("/konto");
      await page.getByRole("radio", { name: t("account.form.kindNorwegian") }).check();
      await page.getByLabel(t("account.form.accountNumber")).fill("1234 56 7890");
      await page.getByRole("button", { name: t("account.form.submit") }).click();
      await expect(page.getByRole("link", { name: t("account.form.errors.noLength") })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${t("forms.errorTitlePrefix")}${t("account.heading")}`));
      await expect(page.getByLabel(t("account.form.accountNumber"))).toHaveValue("1234 56 7890");
      await noSidewaysScroll(page);
      await page.goto("/skatt");
      await page.getByRole("radio", { name: t("tax.form.kindAmount") }).check();
      await page.getByLabel(t("tax.form.amount")).fill("tusen");
      await page.getByRole("button", { name: t("tax.form.submit") }).click();
      await expect(page.getByRole("link", { name: t("tax.form.errors.amountNotNumber") })).toBeVisible();
      await expect(page.getByLabel(t("tax.form.amount"))).toHaveValue("tusen");
      await noSidewaysScroll(page);

      // Writing to Nav.
      await page.goto("/meldinger/ny");
      await page.getByLabel(t("inbox.form.text")).fill("Hei");
      await page.getByRole("button", { name: t("inbox.form.send") }).click();
      await expect(page.getByRole("link", { name: t("inbox.form.errors.topicRequired") })).toBeVisible();
      await expect(page.getByLabel(t("inbox.form.text"))).toHaveValue("Hei");
      await page.getByRole("radio", { name: t("inbox.form.topics.TAX") }).check();
      await page.getByLabel(t("inbox.form.text")).fill(locale === "nn" ? "Kvifor er skattetrekket høgare i januar?" : "Why is more tax withheld in January?");
      await page.getByRole("button", { name: t("inbox.form.send") }).click();
      await expect(page.getByRole("heading", { level: 1, name: t("inbox.threadTitle", { topic: t("inbox.form.topics.TAX") }) })).toBeVisible();
      await expect(page.getByText(pattern(t("inbox.sent")))).toBeVisible();
      await noSidewaysScroll(page);

      // Reporting a change: the form, the check-your-answers step, the receipt.
      const kind = locale === "nn" ? "MOVE_ABROAD" : "HOSPITAL";
      await page.goto("/endringer");
      await expect(page.getByRole("heading", { level: 1, name: t("lifeChange.heading") })).toBeVisible();
      await page.getByRole("link", { name: t(`lifeChange.kinds.${kind}.title`) }).click();
      await page.getByLabel(t(`lifeChange.kinds.${kind}.date`)).fill(kind === "MOVE_ABROAD" ? "01.03.2027" : "10.11.2026");
      if (kind === "MOVE_ABROAD") await page.getByLabel(t("lifeChange.form.country")).selectOption("SE");
      else await page.getByLabel(t("lifeChange.form.institution")).fill("Haukeland universitetssjukehus");
      await page.getByRole("button", { name: t("lifeChange.form.submit") }).click();
      await expect(page.getByRole("heading", { name: t("lifeChange.form.reviewHeading") })).toBeVisible();
      await noSidewaysScroll(page);
      await page.getByRole("button", { name: t("lifeChange.form.confirm") }).click();
      await expect(page.getByRole("heading", { level: 1, name: t("lifeChange.receipt.heading") })).toBeVisible();
      await expect(page.getByText(pattern(t("lifeChange.receipt.answer")))).toBeVisible();
      await noSidewaysScroll(page);
    });
  });
}
