import { expect, test } from "./fixtures";
import { expectAccessible, login, loginHigh, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

test("who has looked at my data: caseworkers and automated lookups, filterable", async ({ page }) => {
  await loginHigh(page, "care-home", "/mine-data/innsynslogg");
  await expect(page.getByRole("heading", { level: 1, name: "Hvem har sett opplysningene dine" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ansatt i Nav" }).click();
  const rows = page.getByRole("table", { name: "Oppslag i opplysningene dine" }).getByRole("row");
  await expect(rows.filter({ hasText: "Saksbehandler, Nav Pensjon" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "Deg selv" })).toHaveCount(0);
  await page.getByRole("link", { name: "Deg selv" }).click();
  await expect(rows.filter({ hasText: "Du så hvem som har sett opplysningene dine" }).first()).toBeVisible();
});

test("consents are visible with MinID, and withdrawing works with the keyboard alone", async ({ page }) => {
  await loginOwn(page, await ownPerson("full"), "/mine-data/samtykker", "minid");
  await expect(page.getByRole("heading", { level: 1, name: "Samtykker" })).toBeVisible();
  await expectAccessible(page);
  const withdraw = page.getByRole("link", { name: "Trekk samtykket: Brukertesting" });
  await withdraw.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Vil du trekke samtykket til Brukertesting?" })).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  for (let i = 0; i < 40 && !(await page.getByRole("button", { name: "Ja, trekk samtykket" }).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  // The confirmation is shown beside the consent that changed, in view where the page opens.
  const status = page.getByRole("region", { name: /^Brukertesting/ }).getByRole("status");
  await expect(status).toContainText("Samtykket er trukket.");
  await expect(status).toBeInViewport();
  await expect(page.getByRole("link", { name: "Gi samtykke: Brukertesting" })).toBeVisible();
  const history = page.getByRole("table", { name: "Historikk" });
  await expect(history.getByRole("row").filter({ hasText: "Brukertesting" })).toHaveCount(2);
  await expectAccessible(page);
});

test("the access log needs the high level", async ({ page }) => {
  await login(page, "minid", "abroad");
  await page.goto("/mine-data/innsynslogg");
  await expect(page.getByRole("heading", { level: 1, name: "Denne siden krever høyere sikkerhetsnivå" })).toBeVisible();
});

test("a copy of everything downloads as JSON from the privacy centre", async ({ page }) => {
  await loginHigh(page, "long-history", "/mine-data");
  await expect(page.getByRole("heading", { level: 1, name: "Personvern og innsyn" })).toBeVisible();
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned opplysningene dine (JSON)" }).click()]);
  expect(download.suggestedFilename()).toBe("din-pensjon-mine-data.json");
  const data = JSON.parse((await import("node:fs")).readFileSync(await download.path(), "utf8"));
  expect(data.schemaVersion).toBe(1);
  expect(data.person.familyName).toBe("Nilsen");
  expect(data.payments.length).toBeGreaterThan(130);
});

test("a rights request becomes a case with a 30-day answer deadline; errors are explained first", async ({ page }) => {
  await loginOwn(page, await ownPerson("widowed"), "/mine-data/rettigheter");
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(page.locator(":focus")).toHaveText("Du må rette dette før du kan sende:");
  await expect(page.getByRole("link", { name: "Skriv en begrunnelse på minst 10 tegn." })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Rette opplysninger som er feil" }).check();
  await page.getByLabel("Hvilke opplysninger gjelder det?").selectOption("ADDRESS");
  await page.getByLabel("Begrunnelse").fill("Postnummeret i adressen min er feil.");
  await page.getByRole("button", { name: "Send forespørselen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personvern" })).toBeVisible();
  await expect(page.getByText("Vi svarer deg senest 12. desember 2026.")).toBeVisible();
  await expectAccessible(page);
});

test("my data: every group with where it comes from and what it is used for", async ({ page }) => {
  await loginHigh(page, "care-home", "/mine-data/opplysninger");
  await expect(page.getByRole("heading", { level: 1, name: "Opplysningene vi har om deg" })).toBeVisible();
  for (const group of [
    "Personopplysninger",
    "Kontaktinformasjon",
    "Adresse",
    "Kontonummer",
    "Pensjon",
    "Utbetalinger",
    "Saker",
    "Institusjonsopphold",
    "Samtykker",
    "Fullmakter",
  ]) {
    await expect(page.getByRole("region", { name: group, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Institusjonsopphold" })).toContainText("Byåsen sykehjem");
  await expect(page.getByRole("region", { name: "Personopplysninger" })).toContainText("Kilde: Folkeregisteret");
  await expect(page.getByText(/Fødselsnummer: \d{6} \*\*\*\*\*/)).toBeVisible();
  await expectAccessible(page);
});

test("a readable PDF copy of everything downloads from the privacy centre", async ({ page }) => {
  const me = await loginHigh(page, "care-home", "/mine-data");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned opplysningene dine (PDF)" }).click()]);
  const { pdfText } = await import("../support/pdf-text");
  const text = await pdfText(new Uint8Array((await import("node:fs")).readFileSync(await download.path())));
  expect(text).toContain("Opplysningene vi har om deg");
  expect(text).toContain("Byåsen sykehjem");
  expect(text).toContain("Kilde: Folkeregisteret");
  expect(text).toContain("Hvem har sett opplysningene dine");
  expect(text).not.toContain(me.fnr);
});
