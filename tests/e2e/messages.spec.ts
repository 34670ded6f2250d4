import { expect, test } from "./fixtures";
import { expectAccessible, loginOwn, noJsPage } from "./helpers";
import { ownPerson } from "./own-person";

test("writing to Nav without JavaScript: errors keep what was typed, the answer date is given, and a reply joins the conversation", async ({ browser }) => {
  const page = await noJsPage(browser);
  await loginOwn(page, await ownPerson("minid-only"), "/meldinger", "minid");
  await page.getByRole("link", { name: "Skriv til oss" }).click();
  await expect(page.getByText("Ikke skriv opplysninger om helse, diagnoser")).toBeVisible();
  await expect(page.getByText("Sender du nå, får du svar innen 17. november 2026.")).toBeVisible();
  await page.getByLabel("Meldingen din").fill("Hei");
  await page.getByRole("button", { name: "Send meldingen" }).click();
  await expect(page.getByRole("link", { name: "Velg hva meldingen gjelder." })).toBeVisible();
  await expect(page.getByRole("link", { name: /Meldingen er veldig kort/ })).toBeVisible();
  await expect(page.getByLabel("Meldingen din")).toHaveValue("Hei");
  await page.getByRole("radio", { name: "Skatt" }).check();
  await page.getByLabel("Meldingen din").fill("Hei. Skattekortet mitt for neste år ser feil ut.\nKan dere se på det?");
  await page.getByRole("button", { name: "Send meldingen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samtale: Skatt" })).toBeVisible();
  await expect(page.getByText("Meldingen er sendt. Du får svar innen 17. november 2026.")).toBeVisible();
  await page.getByLabel("Svaret ditt").fill("Jeg glemte å si at jeg flyttet i sommer.");
  await page.getByRole("button", { name: "Send svaret" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Deg" })).toHaveCount(2);
  await expect(page.getByText("Jeg glemte å si at jeg flyttet i sommer.")).toBeVisible();
  await page.goto("/meldinger");
  await expect(page.getByRole("main").getByRole("link", { name: "Skatt", exact: true })).toBeVisible();
  await page.context().close();
});

test("Nav's answer is shown as new until marked read with a button, and the pages pass axe", async ({ page }) => {
  await loginOwn(page, await ownPerson("abroad"), "/meldinger", "minid");
  await expect(page.getByText("1 nytt svar")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Bo eller reise i utlandet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samtale: Bo eller reise i utlandet" })).toBeVisible();
  // Opening the conversation changes nothing: the answer is still new until the button is used.
  await page.reload();
  await expect(page.getByText("Ny", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Merk svarene som lest" }).click();
  await expect(page.getByText("Ny", { exact: true })).toHaveCount(0);
  await page.goto("/meldinger/ny");
  await expectAccessible(page);
});
