import { expect, test } from "./fixtures";
import { expectAccessible, loginHigh, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

test("choose a grade, check the answers, send: automated decision with a letter", async ({ page }) => {
  await loginOwn(page, await ownPerson("abroad"), "/uttaksgrad");
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

  // The overview keeps today's grade as today's, and says what is coming.
  await page.goto("/oversikt");
  await expect(page.getByText("Uttaksgrad: 100 prosent", { exact: false })).toBeVisible();
  const coming = page.getByRole("region", { name: "Endringer som kommer" });
  await expect(coming.getByText("Fra desember 2026 får du 50 prosent av pensjonen. Det er bestemt, men ikke begynt ennå.")).toBeVisible();
  await expectAccessible(page);
});

test("the overview answers how much, when and why on a phone's first screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: "nb-NO" });
  await context.addCookies([{ name: "dp-statistikk", value: "nei", url: test.info().project.use.baseURL ?? "http://127.0.0.1:3100" }]);
  const page = await context.newPage();
  await loginHigh(page, "widowed", "/oversikt");
  const next = page.getByRole("region", { name: "Neste utbetaling" });
  await expect(next.getByText(/^Du får (omtrent )?[\d\s]+kr etter skatt$/)).toBeVisible();
  const box = await next.boundingBox();
  expect(box!.y + 120).toBeLessThan(640);
  const last = page.getByRole("region", { name: "Siste utbetaling" });
  await expect(last.getByText(/^Du fikk [\d\s]+kr /)).toBeVisible();
  await expect(last.getByRole("link", { name: /Se hele utbetalingen for/ })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("an option that is not available cannot be sent by editing the address", async ({ page }) => {
  await loginHigh(page, "abroad", "/uttaksgrad/oppsummering?grad=33");
  await expect(page.getByText("Denne uttaksgraden kan du ikke velge nå.")).toBeVisible();
});

test("the draw grade journey works without JavaScript", async ({ browser }) => {
  const withJs = await browser.newContext();
  await loginOwn(await withJs.newPage(), await ownPerson("graded"), "/uttaksgrad");
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
  await loginOwn(page, await ownPerson("long-history"), "/uttaksgrad/oppsummering?grad=80");
  const other = await context.newPage();
  await other.goto("/uttaksgrad/oppsummering?grad=0");
  // Stopping the pension is said plainly before it can be sent.
  await expect(other.getByRole("main").getByRole("alert")).toContainText(/Du ber om å stanse pensjonen\. Fra \w+ \d{4} får du ingen alderspensjon fra Nav\./);
  await page.getByRole("button", { name: "Send søknaden" }).click();
  await expect(page.getByText("Søknaden er sendt og behandlet.")).toBeVisible();
  await other.getByRole("button", { name: "Send søknaden" }).click();
  await expect(other.getByText(/endret i et annet vindu eller av noen andre/)).toBeVisible();
});
