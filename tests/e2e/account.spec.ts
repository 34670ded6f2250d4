import { expect, test } from "./fixtures";
import { ibanFor, norwegianAccountFor } from "../../lib/domain/bank-account";
import { chooseAtIdporten, expectAccessible, login, loginHigh, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

const validNo = norwegianAccountFor("9710123456") ?? norwegianAccountFor("9710123457")!;

test("MinID is sent to step-up before the account form, and returns to it", async ({ page }) => {
  await login(page, "minid", "representative");
  await page.getByRole("link", { name: "Kontonummer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Denne siden krever høyere sikkerhetsnivå" })).toBeVisible();
  await page.getByRole("button", { name: "Logg inn med BankID eller annen eID" }).click();
  await chooseAtIdporten(page, "bankid", "representative");
  await expect(page).toHaveURL(/\/konto$/);
  await expect(page.getByRole("heading", { level: 2, name: "Endre kontonummer" })).toBeVisible();
  await expectAccessible(page);
});

test("each kind of mistake gets its own message, and what was typed is kept", async ({ page }) => {
  await loginHigh(page, "representative", "/konto");
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.locator(":focus")).toHaveText("Du må rette dette før du kan sende:");
  await expect(page.getByRole("link", { name: "Velg om kontoen er i en norsk eller utenlandsk bank." })).toBeVisible();

  await page.getByRole("radio", { name: "I en norsk bank" }).check();
  const wrong = validNo.slice(0, 10) + ((Number(validNo[10]) + 1) % 10);
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill(wrong);
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("link", { name: /Kontonummeret er ikke gyldig/ })).toBeVisible();
  await expect(page.getByLabel("Norsk kontonummer (11 siffer)")).toHaveValue(wrong);
  await expectAccessible(page);

  await page.getByRole("radio", { name: "I en bank i utlandet" }).check();
  await page.getByLabel("Landet banken ligger i").selectOption("DE");
  await page.getByLabel("IBAN", { exact: true }).fill("DE89 3704 0044 0532 0130 01");
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("link", { name: /IBAN er ikke gyldig/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skriv inn navnet på banken." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Velg valuta." })).toBeVisible();
  await expect(page.getByLabel("IBAN", { exact: true })).toHaveValue("DE89 3704 0044 0532 0130 01");
  await expectAccessible(page);
});

test("a foreign account: receipt, history, and a warning on the next visits", async ({ page }) => {
  await loginOwn(page, await ownPerson("representative"), "/konto");
  await page.getByRole("radio", { name: "I en bank i utlandet" }).check();
  await page.getByLabel("Landet banken ligger i").selectOption("DE");
  await page.getByLabel("IBAN", { exact: true }).fill(ibanFor("DE", "370400440532013000"));
  await page.getByLabel("BIC/SWIFT-kode").fill("COBADEFFXXX");
  await page.getByLabel("Navnet på banken").fill("Commerzbank");
  await page.getByLabel("Valuta på kontoen").selectOption("EUR");
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontonummeret er endret" })).toBeVisible();
  await expect(page.getByText(/Ny konto: •••• 3000/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tilbake til kontonummer" }).click();
  await expect(page.getByText(/Kontonummeret ditt ble endret/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Tidligere kontoer" }).getByRole("row")).toHaveCount(3);
  await page.goto("/oversikt");
  await expect(page.getByText(/Kontonummeret ditt ble endret/)).toBeVisible();
});

test("a double-clicked submit changes the account once", async ({ page }) => {
  await loginOwn(page, await ownPerson("graded"), "/konto");
  await page.getByRole("radio", { name: "I en norsk bank" }).check();
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill(validNo);
  await page.getByRole("button", { name: "Endre kontonummer" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Kontonummeret er endret" })).toBeVisible();
  await page.goto("/konto");
  await expect(page.getByRole("table", { name: "Tidligere kontoer" }).getByRole("row")).toHaveCount(3);
});

test("a choice and a number typed before the page's script has loaded are kept when it loads", async ({ page }) => {
  await loginOwn(page, await ownPerson("graded"), "/oversikt");
  // The page's scripts are held back until the user has chosen and typed, as on a slow line.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/konto", { waitUntil: "domcontentloaded" });
  await page.getByRole("radio", { name: "I en norsk bank" }).check();
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill(validNo);
  release();
  await page.waitForLoadState("networkidle");
  await expect(page.getByLabel("Norsk kontonummer (11 siffer)")).toHaveValue(validNo);
  await expect(page.getByRole("radio", { name: "I en norsk bank" })).toBeChecked();
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontonummeret er endret" })).toBeVisible();
});

test("a change made in another tab is not overwritten", async ({ page, context }) => {
  await loginOwn(page, await ownPerson("care-home"), "/konto");
  const other = await context.newPage();
  await other.goto("/konto");
  await other.getByRole("radio", { name: "I en norsk bank" }).check();
  await other.getByLabel("Norsk kontonummer (11 siffer)").fill(validNo);
  await other.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Kontonummeret er endret" })).toBeVisible();

  await page.getByRole("radio", { name: "I en norsk bank" }).check();
  const second = norwegianAccountFor("1234567890") ?? norwegianAccountFor("1234567891")!;
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill(second);
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByText(/endret i et annet vindu/)).toBeVisible();
  await expect(page.getByLabel("Norsk kontonummer (11 siffer)")).toHaveValue(second);
});

test("the account form works without JavaScript", async ({ browser }) => {
  const withJs = await browser.newContext();
  await loginOwn(await withJs.newPage(), await ownPerson("widowed"), "/konto");
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await noJs.addCookies(await withJs.cookies());
  const page = await noJs.newPage();
  await page.goto("/konto");
  // Which kind's fields show follows the radio without JavaScript too: none before a choice.
  await expect(page.getByLabel("IBAN", { exact: true })).toBeHidden();
  await expect(page.getByLabel("Norsk kontonummer (11 siffer)")).toBeHidden();
  await page.getByRole("radio", { name: "I en bank i utlandet" }).check();
  await expect(page.getByLabel("IBAN", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Norsk kontonummer (11 siffer)")).toBeHidden();
  await page.getByRole("radio", { name: "I en norsk bank" }).check();
  await expect(page.getByLabel("IBAN", { exact: true })).toBeHidden();
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill("123");
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("link", { name: "Et norsk kontonummer har 11 siffer." })).toBeVisible();
  await page.getByLabel("Norsk kontonummer (11 siffer)").fill(validNo);
  await page.getByRole("button", { name: "Endre kontonummer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontonummeret er endret" })).toBeVisible();
  await withJs.close();
  await noJs.close();
});

test("the confirmation of an account change is in the inbox (readable with MinID)", async ({ page }) => {
  await login(page, "minid", "representative");
  await page.getByRole("link", { name: "Meldinger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldinger" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Velkommen til Din pensjon" })).toBeVisible();
  await expectAccessible(page);
});
