import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

test("the front page explains the service and offers login, without logging in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Din pensjon" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Logg inn" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expectAccessible(page);
});

test("the payment calendar shows official 2025 dates, paid dates as paid, and only future unpublished dates as estimates", async ({ page }) => {
  await page.goto("/utbetalingskalender?ar=2025");
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalingskalender 2025" })).toBeVisible();
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: "april 2025" })).toContainText("16. april 2025");
  await expect(rows.filter({ hasText: "desember 2025" })).toContainText("12. desember 2025");
  await expect(page.getByText("Nav har fastsatt datoene for 2025.")).toBeVisible();
  await expect(page.getByText("Anslått")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Neste år (2026)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalingskalender 2026" })).toBeVisible();
  await expect(page.getByText(/har ikke publisert datoene for 2026 ennå/)).toBeVisible();
  // The clock is pinned to 12 November 2026: January to October have been paid; November and December are estimates.
  await expect(page.getByText("Anslått", { exact: true })).toHaveCount(2);
  await expect(page.getByText("Betalt ut", { exact: true })).toHaveCount(10);
  await expect(rows.filter({ hasText: "desember 2026" })).toContainText("11. desember 2026");
  await expect(rows.filter({ hasText: "mai 2026" })).toContainText("15. mai 2026");
  await expectAccessible(page);

  await page.goto("/utbetalingskalender?ar=2024");
  await expect(page.getByText("Dette er datoene pensjonen ble betalt ut i 2024.")).toBeVisible();
  await expect(page.getByText("Anslått", { exact: true })).toHaveCount(0);
});

test("the privacy statement has a table of contents leading to each section", async ({ page }) => {
  await page.goto("/personvern");
  await expect(page.getByRole("heading", { level: 1, name: "Personvernerklæring for Din pensjon" })).toBeVisible();
  await expect(page.getByText(/Sist oppdatert/)).toBeVisible();
  await page.getByRole("navigation", { name: "Innhold" }).getByRole("link", { name: "Rettighetene dine" }).click();
  await expect(page).toHaveURL(/#rights$/);
  await expect(page.getByRole("heading", { level: 2, name: "Rettighetene dine" })).toBeInViewport();
  await expectAccessible(page);
});

test("the language switch changes every text to English and back, staying on the page", async ({ page }) => {
  await page.goto("/utbetalingskalender?ar=2025");
  await page.getByRole("button", { name: "Change language to English" }).click();
  await expect(page).toHaveURL(/\/utbetalingskalender\?ar=2025$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Payment calendar 2025" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "April 2025" })).toContainText("16 April 2025");
  await expectAccessible(page);
  await page.goto("/personvern");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy statement for Your pension" })).toBeVisible();
  await page.getByRole("button", { name: "Bytt språk til bokmål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personvernerklæring for Din pensjon" })).toBeVisible();
});

test("health endpoints answer and unknown pages get a helpful 404", async ({ page, request }) => {
  expect((await request.get("/internal/isalive")).status()).toBe(200);
  expect((await request.get("/internal/isready")).status()).toBe(200);
  const response = await page.goto("/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});

test("logged-in pages send the visitor to login, keeping where they were going", async ({ page }) => {
  const response = await page.goto("/utbetalinger");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Futbetalinger&niva=hoy$/);
  expect(response?.status()).toBe(200);
  await expectAccessible(page);
});

test("logged-in pages render fully without JavaScript (no streaming placeholders)", async ({ browser }) => {
  const withJs = await browser.newContext();
  const { loginHigh } = await import("./helpers");
  await loginHigh(await withJs.newPage(), "full", "/oversikt");
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  await noJs.addCookies(await withJs.cookies());
  const page = await noJs.newPage();
  for (const path of ["/oversikt", "/utbetalinger", "/skatt", "/konto", "/utbetalinger/arsoversikt"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  await withJs.close();
  await noJs.close();
});

test("every privacy topic page has a table of contents, headings and a last-updated date", async ({ page }) => {
  await page.goto("/personvern");
  const topics = page.getByRole("region", { name: "Mer om personvern" }).getByRole("link");
  await expect(topics).toHaveCount(5);
  for (const name of ["Informasjonskapsler og statistikk", "Chat og meldinger", "Automatiske vedtak", "Digital leveattest", "Personvernombud og klage"]) {
    await page.goto("/personvern");
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText(/Sist oppdatert/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Innhold" }).getByRole("link")).toHaveCount(3);
    await expectAccessible(page);
  }
  await page.goto("/personvern/finnes-ikke");
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
});

test("the accessibility statement is linked from every page's footer and says what does not work yet", async ({ page }) => {
  await page.goto("/utbetalingskalender");
  await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" }).click();
  await expect(page).toHaveTitle("Tilgjengelighetserklæring – Din pensjon – Nav");
  await expect(page.getByRole("heading", { level: 1, name: "Tilgjengelighetserklæring for Din pensjon" })).toBeVisible();
  for (const heading of [
    "Hvor godt oppfyller vi kravene?",
    "Dette fungerer ikke ennå",
    "Slik har vi testet",
    "Si fra om noe ikke virker",
    "Klage til tilsynet",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("WCAG 2.1 på nivå AA")).toBeVisible();
  await expect(page.getByText(/Sist oppdatert/)).toBeVisible();
  await expect(page.getByRole("link", { name: "uutilsynet.no" })).toHaveAttribute("href", "https://www.uutilsynet.no/");
  await expectAccessible(page);
});

test("nynorsk: every page text in nynorsk, marked as such, and back to bokmål", async ({ page }) => {
  await page.goto("/utbetalingskalender");
  await page.getByRole("button", { name: "Byt språk til nynorsk" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page).toHaveURL(/\/utbetalingskalender$/);
  await expect(page.getByRole("columnheader", { name: "Vekedag" })).toBeAttached();
  await expect(page.getByText(/Datoen er dagen pengane seinast står på kontoen din/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Logg inn for å sjå pensjonen din" })).toBeVisible();
  await page.goto("/tilgjengelighet");
  await expect(page.getByRole("heading", { level: 1, name: "Tilgjengeerklæring for Din pensjon" })).toBeVisible();
  await page.goto("/finst-ikkje");
  await expect(page.getByRole("heading", { level: 1, name: "Fann ikkje sida" })).toBeVisible();
  await page.getByRole("button", { name: "Bytt språk til bokmål" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
});

test("every page answer carries a request id (kept from the load balancer when it sends one), for tracing a report to the log", async ({ request }) => {
  const fresh = await request.get("/utbetalingskalender");
  expect(fresh.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const passed = await request.get("/utbetalingskalender", { headers: { "x-request-id": "lb-4f1c2a9e77" } });
  expect(passed.headers()["x-request-id"]).toBe("lb-4f1c2a9e77");
  const odd = await request.get("/utbetalingskalender", { headers: { "x-request-id": "<script>" } });
  expect(odd.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
