import { expect, test } from "./fixtures";
import { expectAccessible, login, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

test("a pensioner abroad sends the life certificate digitally: terms, a failed check, then a good one", async ({ page }) => {
  await loginOwn(page, await ownPerson("abroad"), "/oversikt", "minid");
  await expect(page.getByRole("heading", { name: "Vi trenger leveattest fra deg" })).toBeVisible();
  await expect(page.getByText("Får vi den ikke, stanser utbetalingene av pensjonen.")).toBeVisible();
  await page.getByRole("link", { name: "Send leveattest" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leveattest" })).toBeVisible();
  await expectAccessible(page);

  // The terms must be accepted first.
  await page.getByRole("button", { name: "Start identitetskontrollen" }).click();
  await expect(page.getByText("Du må krysse av for at du samtykker før du kan starte.")).toBeVisible();
  await page.getByRole("checkbox", { name: "Jeg har lest vilkårene og samtykker til identitetskontrollen" }).check();
  await page.getByRole("button", { name: "Start identitetskontrollen" }).click();

  // The mock provider: the face does not match.
  await expect(page.getByRole("heading", { name: "Mock identitetskontroll" })).toBeVisible();
  await page.getByRole("radio", { name: "Ansiktet stemmer ikke med bildet i dokumentet" }).check();
  await page.getByRole("button", { name: "Fullfør kontrollen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Identitetskontrollen er ferdig" })).toBeVisible();
  await page.getByRole("button", { name: "Send leveattesten" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ansiktet ditt stemte ikke med bildet i dokumentet" })).toBeVisible();
  await expect(page.getByText("Bedt om", { exact: false }).first()).toContainText("venter på deg");

  // Again, and this time it works; the terms are already accepted for this version, and the box is asked for again anyway.
  await page.getByRole("checkbox", { name: "Jeg har lest vilkårene og samtykker til identitetskontrollen" }).check();
  await page.getByRole("button", { name: "Start identitetskontrollen" }).click();
  await page.getByRole("radio", { name: /^Godkjent/ }).check();
  await page.getByRole("button", { name: "Fullfør kontrollen" }).click();
  await page.getByRole("button", { name: "Send leveattesten" }).click();
  await expect(page.getByText("Takk! Leveattesten er mottatt, og identiteten din er bekreftet.")).toBeVisible();
  await expect(page.getByText(/mottatt og godkjent/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/oversikt");
  await expect(page.getByRole("heading", { name: "Vi trenger leveattest fra deg" })).toHaveCount(0);
});

test("the paper form is a filled-in PDF to print and post", async ({ page }) => {
  await login(page, "minid", "abroad");
  const response = await page.request.get("/leveattest/skjema.pdf");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("leveattest.pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
