import { expect, test } from "./fixtures";
import { chooseAtIdporten, expectAccessible, loginHigh } from "./helpers";
import { ownPerson } from "./own-person";

test("reporting a prison sentence without JavaScript: only the questions that matter, what usually happens, then a receipt", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto("/endringer");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "minid", await ownPerson("stopped"));
  await expect(page.getByRole("heading", { level: 1, name: "Meld fra om endringer" })).toBeVisible();
  await page.getByRole("link", { name: "Fengsel" }).click();
  await expect(page.getByLabel("Navnet på den andre personen")).toHaveCount(0);
  await page.getByRole("button", { name: "Gå videre" }).click();
  await expect(page.getByRole("link", { name: "Skriv datoen." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Svar ja eller nei." })).toHaveCount(3);
  await page.getByLabel("Dato soningen starter").fill("15.12.2026");
  await page
    .getByRole("radiogroup", { name: /Gjennomfører du straffen hjemme/ })
    .getByRole("radio", { name: "Nei" })
    .check();
  await page.getByRole("radiogroup", { name: "Forsørger du barn?" }).getByRole("radio", { name: "Ja" }).check();
  await page
    .getByRole("radiogroup", { name: /Forsørger du ektefelle/ })
    .getByRole("radio", { name: "Nei" })
    .check();
  await page.getByRole("button", { name: "Gå videre" }).click();

  await expect(page.getByRole("heading", { name: "Se over før du sender" })).toBeVisible();
  await expect(page.getByText("Du får pensjon for måneden du kommer i fengsel og måneden etter, til og med januar 2027.")).toBeVisible();
  await expect(page.getByText("Fra februar 2027 får du vanligvis 50 prosent av pensjonen, fordi du forsørger barn.")).toBeVisible();
  await expect(page.getByText("Dette får vi ikke vite fra Folkeregisteret")).toBeVisible();
  // Changing an answer goes back to the form with everything kept.
  await page.getByRole("button", { name: "Endre svarene" }).click();
  await expect(page.getByLabel("Dato soningen starter")).toHaveValue("15.12.2026");
  await page.getByRole("button", { name: "Gå videre" }).click();
  await page.getByRole("button", { name: "Send endringen" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Vi har mottatt endringen" })).toBeVisible();
  await expect(page.getByText("En saksbehandler ser på den innen 10. desember 2026.")).toBeVisible();
  // The confirmation is in the inbox (readable with MinID), once.
  await page.goto("/meldinger");
  await expect(page.getByRole("heading", { name: "Vi har mottatt meldingen om endring" })).toHaveCount(1);
  await context.close();
});

test("the change pages and the check-your-answers step pass axe", async ({ page }) => {
  await loginHigh(page, "long-history", "/endringer");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Samboerskap" }).click();
  await page.getByLabel("Dato dere flyttet sammen").fill("1.3.2026");
  await page.getByLabel("Navnet på den andre personen").fill("Kari Nordmann");
  await page.getByRole("radiogroup", { name: "Har dere vært gift med hverandre før?" }).getByRole("radio", { name: "Nei" }).check();
  await page.getByRole("radiogroup", { name: "Har dere barn sammen?" }).getByRole("radio", { name: "Nei" }).check();
  await page.getByRole("button", { name: "Gå videre" }).click();
  await expect(page.getByRole("heading", { name: "Se over før du sender" })).toBeFocused();
  await expect(page.getByText(/ektefeller først når dere har bodd sammen i 12 av de siste 18 månedene, det vil si fra mars 2027/)).toBeVisible();
  await expectAccessible(page);
});
