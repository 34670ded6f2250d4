import { expect, test, type Browser, type Page } from "./fixtures";
import { chooseAtIdporten, expectAccessible, loginHigh, loginOwn, noJsPage } from "./helpers";
import { ownPerson } from "./own-person";
import type { Scenario } from "../../prisma/scenarios";

/** axe needs JavaScript: a page seen without it is checked again in a context with it and the same session. */
async function expectAccessibleWithSession(noJs: Page) {
  const context = await noJs.context().browser()!.newContext({ locale: "nb-NO" });
  await context.addCookies(await noJs.context().cookies());
  const page = await context.newPage();
  await page.goto(noJs.url());
  await expectAccessible(page);
  await context.close();
}

/**
 * Logs in in a context without JavaScript (the plain-form login), as a seeded
 * person (by key) or as a person the test made (`ownPerson`), acting as themself.
 */
async function noJsLogin(browser: Browser, who: string | Scenario, path: string): Promise<Page> {
  const page = await noJsPage(browser);
  if (typeof who === "string") await loginHigh(page, who, path, { seeded: true });
  else await loginOwn(page, who, path);
  return page;
}

test("a representative with MinID is sent to log in higher, then acts for the person within the power, and is refused the rest", async ({ page }) => {
  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "minid", "representative", { stayAtChooser: true });
  await expect(page.getByText("For å bruke tjenesten for en annen må du være logget inn med BankID")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Solveig Berg/ })).toBeVisible();
  // The revoked power from Knut Dahl is not offered.
  await expect(page.getByRole("radio", { name: /^Knut Dahl/ })).toHaveCount(0);
  await expectAccessible(page);

  // Keyboard only: Space chooses, Enter sends the form.
  await page.getByRole("radio", { name: /^Solveig Berg/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Denne siden krever høyere sikkerhetsnivå" })).toBeVisible();
  await page.getByRole("button", { name: "Logg inn med BankID eller annen eID" }).click();
  await chooseAtIdporten(page, "bankid", "representative", { stayAtChooser: true });
  await page.getByRole("radio", { name: /^Solveig Berg/ }).check();
  await page.getByRole("button", { name: "Fortsett" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Oversikt for Solveig Berg" })).toBeVisible();
  const banner = page.getByRole("region", { name: "Du bruker tjenesten for en annen" });
  await expect(banner).toContainText("Du ser og endrer opplysningene til Solveig Berg med fullmakt.");
  await expect(page.getByText("Neste utbetaling")).toBeVisible();
  // The menu offers only what the power covers: no privacy centre, no powers of Solveig's.
  const menu = page.getByRole("navigation", { name: "Hovedmeny" }).last();
  await expect(menu.getByRole("link", { name: "Utbetalinger" })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Personvern og innsyn" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Fullmakter" })).toHaveCount(0);
  await expectAccessible(page);

  // The bank account is shown but not offered for change: that right was not given.
  await page.goto("/konto");
  await expect(banner).toBeVisible();
  await expect(page.getByText("Fullmakten din gir ikke rett til å endre dette.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Endre kontonummer" })).toHaveCount(0);
  await expectAccessible(page);

  // A page only for Solveig herself: refused with a clear page.
  await page.goto("/mine-data/innsynslogg");
  await expect(page).toHaveURL(/\/ingen-tilgang$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fullmakten gir ikke tilgang til dette" })).toBeVisible();
  await expect(page.getByText("Du bruker Din pensjon for Solveig Berg.")).toBeVisible();
  await expectAccessible(page);

  // Back to herself from the banner (a form post).
  await page.getByRole("button", { name: "Tilbake til deg selv" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Eva Berg" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Du bruker tjenesten for en annen" })).toHaveCount(0);
});

test("the person represented sees the representative by name in who has looked at their data", async ({ browser }) => {
  const eva = await (await browser.newContext()).newPage();
  await eva.goto("/oversikt");
  await eva.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(eva, "bankid", "representative", { stayAtChooser: true });
  await eva.getByRole("radio", { name: /^Solveig Berg/ }).check();
  await eva.getByRole("button", { name: "Fortsett" }).click();
  // The chooser has the same menu link: wait until the choice has been saved and the overview shown.
  await expect(eva.getByRole("heading", { level: 1, name: "Oversikt for Solveig Berg" })).toBeVisible();
  await eva.getByRole("link", { name: "Utbetalinger" }).first().click();
  await expect(eva.getByRole("heading", { level: 1, name: "Utbetalinger" })).toBeVisible();

  const solveig = await noJsLogin(browser, "care-home", "/mine-data/innsynslogg");
  await solveig.getByRole("link", { name: "Fullmektig" }).click();
  await expect(solveig.getByRole("rowheader", { name: "Eva Berg, med fullmakt" }).first()).toBeVisible();
  await expectAccessibleWithSession(solveig);
});

test("giving a power (without JavaScript), using it, and revoking it stops it at once", async ({ browser }) => {
  // Copies of Knut Dahl and Hilde Lie, so no other test sees the power given and revoked here.
  const hilde = await ownPerson("guardian");
  // Knut gives Hilde a power to read his cases and messages, in a browser without JavaScript.
  const knut = await noJsLogin(browser, await ownPerson("widowed"), "/fullmakter");
  await expect(knut.getByRole("heading", { level: 1, name: "Fullmakter" })).toBeVisible();
  await expectAccessibleWithSession(knut);
  await knut.getByRole("link", { name: "Gi en ny fullmakt" }).click();
  await expectAccessibleWithSession(knut);
  await knut.getByRole("button", { name: "Gå videre" }).click();
  await expect(knut.getByText("Du må rette dette før du kan sende:")).toBeVisible();
  await expect(knut.getByRole("link", { name: "Skriv fødselsnummeret til den du gir fullmakt." })).toBeVisible();
  await expect(knut.getByRole("link", { name: "Kryss av for minst ett område fullmakten skal gjelde." })).toBeVisible();
  await knut.getByLabel("Fødselsnummeret til den du gir fullmakt").fill(hilde.fnr);
  await knut.getByLabel("Etternavnet til den du gir fullmakt").fill("Lien");
  await knut.getByRole("checkbox", { name: "Se saker og brev" }).check();
  await knut.getByRole("checkbox", { name: "Lese og sende meldinger" }).check();
  await knut.getByLabel("Gyldig til og med").fill("31.12.2027");
  await knut.getByRole("button", { name: "Gå videre" }).click();
  await expect(knut.getByRole("link", { name: "Fødselsnummeret og etternavnet hører ikke sammen. Sjekk begge." })).toBeVisible();
  await expect(knut.getByLabel("Gyldig til og med")).toHaveValue("31.12.2027");
  await expect(knut.getByRole("checkbox", { name: "Se saker og brev" })).toBeChecked();
  await knut.getByLabel("Etternavnet til den du gir fullmakt").fill("Lie");
  await knut.getByRole("button", { name: "Gå videre" }).click();
  await expect(knut.getByRole("heading", { name: "Se over før du gir fullmakten" })).toBeVisible();
  await expect(knut.getByText(`Lie (${hilde.fnr.slice(0, 6)} *****)`)).toBeVisible();
  await expect(knut.getByText("Lese og sende meldinger og se saker og brev")).toBeVisible();
  await knut.getByRole("button", { name: "Gi fullmakten" }).click();
  await expect(knut.getByRole("heading", { level: 1, name: /Fullmakt gitt/ })).toBeVisible();
  await knut.goto("/fullmakter");
  const row = knut.getByRole("row", { name: /Hilde Lie/ });
  await expect(row).toContainText("Gjelder");

  // Hilde logs in, chooses Knut, and may read his cases but not his payments.
  const page = await (await browser.newContext()).newPage();
  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "bankid", hilde);
  await expect(page.getByRole("heading", { level: 1, name: "Hvem vil du bruke Din pensjon for?" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Meg selv/ })).toBeVisible();
  await page.getByRole("radio", { name: /^Knut Dahl/ }).check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt for Knut Dahl" })).toBeVisible();
  await expect(page.getByText("Fullmakten gir deg ikke rett til å se utbetalingene til Knut Dahl.")).toBeVisible();
  await page.getByRole("link", { name: "Saker og brev" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Saker og brev" })).toBeVisible();
  await page.goto("/utbetalinger");
  await expect(page).toHaveURL(/\/ingen-tilgang$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fullmakten gir ikke tilgang til dette" })).toBeVisible();

  // Knut revokes with one confirmation; Hilde's very next page says the power no longer holds.
  await knut.getByRole("link", { name: /Trekk tilbake fullmakten til Hilde Lie/ }).click();
  await expect(knut.getByRole("heading", { level: 1, name: "Trekk tilbake fullmakten" })).toBeVisible();
  await expectAccessibleWithSession(knut);
  await knut.getByRole("button", { name: "Ja, trekk tilbake" }).click();
  await expect(knut.getByRole("heading", { level: 1, name: /Fullmakt trukket tilbake/ })).toBeVisible();

  await page.goto("/saker");
  await expect(page).toHaveURL(/\/velg-person\?grunn=slutt/);
  await expect(page.getByText("Fullmakten du brukte, gjelder ikke lenger.")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Knut Dahl/ })).toHaveCount(0);
  await expectAccessible(page);
});
