import { expect, test } from "./fixtures";
import { expectAccessible, loginHigh, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

test("the tax page shows the tax card and what has been withheld", async ({ page }) => {
  await loginHigh(page, "graded", "/skatt");
  await expect(page.getByRole("heading", { level: 1, name: "Skattetrekk" })).toBeVisible();
  await expect(page.getByText("Prosenttrekk: 24 prosent")).toBeVisible();
  await expect(page.getByText("Skattetrekket i år stemmer med skattekortet ditt.")).toBeVisible();
  await expect(page.getByText(/Du har frivillig tilleggstrekk på 500\skr i måneden/)).toBeVisible();
  await expectAccessible(page);
});

test("errors are listed, focused and explained, and what was typed is kept", async ({ page }) => {
  await loginHigh(page, "care-home", "/skatt");
  await page.getByRole("button", { name: "Send endringen" }).click();
  const summary = page.getByText("Du må rette dette før du kan sende:");
  await expect(summary).toBeVisible();
  await expect(page.locator(":focus")).toHaveText("Du må rette dette før du kan sende:");
  await expect(page.getByRole("link", { name: "Velg hva du vil gjøre." })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("radio", { name: "Trekke et fast beløp hver måned" }).check();
  await page.getByLabel("Beløp per måned i kroner").fill("12,50");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByRole("link", { name: "Skriv beløpet i hele kroner, uten øre." })).toBeVisible();
  await expect(page.getByLabel("Beløp per måned i kroner")).toHaveValue("12,50");
  await expect(page.getByRole("radio", { name: "Trekke et fast beløp hver måned" })).toBeChecked();

  await page.getByRole("radio", { name: "Trekke en prosent av pensjonen" }).check();
  await page.getByLabel("Prosent", { exact: true }).fill("55");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByRole("link", { name: "Prosenten må være større enn 0 og høyst 50." })).toBeVisible();
  await expectAccessible(page);
});

test("a double-clicked submit, and a resubmit after going back, give one receipt", async ({ page }) => {
  await loginOwn(page, await ownPerson("full"), "/skatt");
  await page.getByRole("radio", { name: "Trekke et fast beløp hver måned" }).check();
  await page.getByLabel("Beløp per måned i kroner").fill("750");
  await page.getByRole("button", { name: "Send endringen" }).dblclick();
  await expect(page.getByRole("heading", { level: 1, name: "Endringen er registrert" })).toBeVisible();
  await expect(page.getByText("Frivillig tilleggstrekk på 750 kr i måneden")).toBeVisible();
  await expect(page.getByText("Gjelder fra desember 2026.")).toBeVisible();
  const receipt = page.url();
  await expectAccessible(page);

  await page.goBack();
  await page.getByRole("button", { name: "Send endringen" }).click();
  // The restored form carries the same idempotency key (or a fresh one showing the saved state).
  await expect(page).toHaveURL(new RegExp(`${receipt.split("/").pop()}$|/skatt$`));
  await page.goto("/skatt");
  await expect(page.getByText(/Du har frivillig tilleggstrekk på 750\skr i måneden fra desember 2026/)).toBeVisible();
});

test("a change made in another tab is not overwritten", async ({ page, context }) => {
  await loginOwn(page, await ownPerson("widowed"), "/skatt");
  const other = await context.newPage();
  await other.goto("/skatt");
  await other.getByRole("radio", { name: "Trekke en prosent av pensjonen" }).check();
  await other.getByLabel("Prosent", { exact: true }).fill("4");
  await other.getByRole("button", { name: "Send endringen" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Endringen er registrert" })).toBeVisible();

  await page.getByRole("radio", { name: "Trekke et fast beløp hver måned" }).check();
  await page.getByLabel("Beløp per måned i kroner").fill("300");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByText(/endret i et annet vindu/)).toBeVisible();
  await expect(page.getByLabel("Beløp per måned i kroner")).toHaveValue("300");
  await page.reload();
  await expect(page.getByText(/Du har frivillig tilleggstrekk på 4 prosent fra desember 2026/)).toBeVisible();
});

test("the form works without JavaScript", async ({ browser }) => {
  const withJs = await browser.newContext();
  const loginPage = await withJs.newPage();
  await loginOwn(loginPage, await ownPerson("stopped"), "/skatt");
  const cookies = await withJs.cookies();
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await noJs.addCookies(cookies);
  const page = await noJs.newPage();
  await page.goto("/skatt");
  await expect(page).toHaveTitle("Skattetrekk – Din pensjon – Nav");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByText("Du må rette dette før du kan sende:")).toBeVisible();
  // The title says first that something must be fixed, without JavaScript too.
  await expect(page).toHaveTitle("Feil: Skattetrekk – Din pensjon – Nav");
  await page.getByRole("radio", { name: "Trekke et fast beløp hver måned" }).check();
  await page.getByLabel("Beløp per måned i kroner").fill("200");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Endringen er registrert" })).toBeVisible();
  await withJs.close();
  await noJs.close();
});

test("a forged POST without a session changes nothing", async ({ request }) => {
  const response = await request.post("/skatt", {
    form: { kind: "amount", amount: "999", idempotencyKey: "6f1d0c5e-1111-4111-8111-111111111111", basedOn: "none" },
    maxRedirects: 0,
  });
  expect(response.status()).not.toBe(200);
});

test("the form names the most extra tax the pension can carry, and refuses more or odd numbers", async ({ page }) => {
  await loginHigh(page, "care-home", "/skatt");
  // The care-home deduction is part of the year's figures, so they add up.
  await expect(page.getByRole("row", { name: /Andre trekk/ })).toBeVisible();
  await expect(page.getByText(/Du kan legge til høyst [\d\s]+\skr i måneden\./)).toBeVisible();
  await page.getByRole("radio", { name: "Trekke et fast beløp hver måned" }).check();
  await page.getByLabel("Beløp per måned i kroner").fill("50000");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByRole("link", { name: /^Du kan legge til høyst [\d ]+ kr i måneden\. Mer enn det/ })).toBeVisible();
  await page.getByLabel("Beløp per måned i kroner").fill("0x1F4");
  await page.getByRole("button", { name: "Send endringen" }).click();
  await expect(page.getByRole("link", { name: "Beløpet kan bare inneholde tall." })).toBeVisible();
  await expect(page.getByLabel("Beløp per måned i kroner")).toHaveValue("0x1F4");
  await expectAccessible(page);
});
