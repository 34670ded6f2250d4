import { expect, test } from "@playwright/test";
import { expectAccessible, loginHigh } from "./helpers";

test("choose a grade, check the answers, send: automated decision with a letter", async ({ page }) => {
  await loginHigh(page, "abroad", "/uttaksgrad");
  await expect(page.getByText("Du tar nå ut 100 prosent, fra september 2022.")).toBeVisible();
  await expectAccessible(page);
  const fifty = page.getByRole("radio", { name: "50 prosent" });
  await expect(fifty).toBeEnabled();
  await fifty.check();
  await page.getByRole("button", { name: "Gå videre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Se over før du sender" })).toBeVisible();
  await expect(page.getByText("desember 2026")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send søknaden" }).dblclick();
  await expect(page.getByText("Søknaden er sendt og behandlet.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Endring av uttaksgrad" })).toBeVisible();
  await expect(page.getByText(/Saken er ferdig behandlet/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Vedtak om endret uttaksgrad" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vedtak om endret uttaksgrad" })).toBeVisible();
  await expect(page.getByText(/Dette vedtaket er gjort automatisk\. Vi har brukt disse kriteriene/)).toBeVisible();
  await expect(page.getByText(/Mener du at vedtaket er feil, kan du klage/)).toBeVisible();
  await expect(page.getByText(/seks uker/)).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/saker");
  await expect(page.getByRole("link", { name: "Endring av uttaksgrad" })).toHaveCount(1);
  // A graded change is now a year away, and the page says why.
  await page.goto("/uttaksgrad");
  await expect(page.getByRole("radio", { name: "40 prosent" })).toBeDisabled();
  await expect(page.getByText("Fra desember 2026 blir uttaksgraden 50 prosent. Det er allerede bestemt.")).toBeVisible();
  await expect(page.getByText(/Tidligst fra desember 2027\. Det må gå ett år mellom hver endring/).first()).toBeVisible();
});

test("an option that is not available cannot be sent by editing the address", async ({ page }) => {
  await loginHigh(page, "abroad", "/uttaksgrad/oppsummering?grad=33");
  await expect(page.getByText("Denne uttaksgraden kan du ikke velge nå.")).toBeVisible();
});

test("the draw grade journey works without JavaScript", async ({ browser }) => {
  const withJs = await browser.newContext();
  await loginHigh(await withJs.newPage(), "graded", "/uttaksgrad");
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await noJs.addCookies(await withJs.cookies());
  const page = await noJs.newPage();
  await page.goto("/uttaksgrad");
  await page.getByRole("radio", { name: "100 prosent" }).check();
  await page.getByRole("button", { name: "Gå videre" }).click();
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt og behandlet.")).toBeVisible();
  await withJs.close();
  await noJs.close();
});

test("a second tab with the same question open cannot overwrite the first decision", async ({ page, context }) => {
  await loginHigh(page, "long-history", "/uttaksgrad/oppsummering?grad=80");
  const other = await context.newPage();
  await other.goto("/uttaksgrad/oppsummering?grad=0");
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt og behandlet.")).toBeVisible();
  await other.getByRole("button", { name: "Send søknaden" }).click();
  await expect(other.getByText(/endret i et annet vindu eller av noen andre/)).toBeVisible();
});
