import { expect, test, type Page } from "./fixtures";
import { expectAccessible, expectAkselStyled, LOGGED_IN_PAGES, loginHigh, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

// WCAG 1.4.10 Reflow: at 320 CSS pixels no page may scroll sideways; tables
// stack into rows or scroll inside their own region. Checked on every page.
const PUBLIC = [
  "/",
  "/utbetalingskalender",
  "/utbetalingskalender?ar=2025",
  "/personvern",
  "/personvern/informasjonskapsler",
  "/logg-inn",
  "/logg-inn?niva=hoy",
  "/finnes-ikke",
];
const LOGGED_IN = LOGGED_IN_PAGES;

/** No sideways scroll at this width, and no Aksel component without its CSS (expectAkselStyled). */
async function expectFitsAndStyled(page: Page, path: string) {
  await page.goto(path);
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${path} is ${scroll}px wide on a ${client}px screen`).toBeLessThanOrEqual(client);
  await expectAkselStyled(page);
  const shots = process.env.E2E_SCREENSHOTS;
  if (shots) await page.screenshot({ path: `${shots}/${page.viewportSize()!.width}${path.replace(/[/?=&]/g, "_")}.png`, fullPage: true });
}

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test("public pages never scroll sideways", async ({ page }) => {
    for (const path of PUBLIC) await expectFitsAndStyled(page, path);
  });

  test("logged-in pages never scroll sideways, and a case page neither", async ({ page }) => {
    // A person of its own: a session that lives through 25 pages must not be ended by
    // other tests' logins as the same seeded person (at most three sessions per person).
    await loginOwn(page, await ownPerson("full"), "/oversikt");
    for (const path of LOGGED_IN) await expectFitsAndStyled(page, path);
    await page.goto("/saker");
    const caseHref = await page.locator("main a[href^='/saker/']").first().getAttribute("href");
    await expectFitsAndStyled(page, caseHref!);
  });

  test("the payment table stacks into rows that name each amount, the net amount in view", async ({ page }) => {
    await loginHigh(page, "full", "/utbetalinger");
    const firstRow = page.locator("table tbody tr").first();
    const net = firstRow.locator("td[data-label='Utbetalt beløp']");
    await expect(net).toBeVisible();
    const box = await net.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await expectAccessible(page);
  });

  test("the menu folds into one button that works without JavaScript and marks the current page", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, locale: "nb-NO" });
    // The statistics question is answered, so the first screen shows what a returning user sees.
    await context.addCookies([{ name: "dp-statistikk", value: "nei", url: test.info().project.use.baseURL ?? "http://127.0.0.1:3100" }]);
    const page = await context.newPage();
    await page.goto("/skatt");
    await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
    await page.getByRole("radio", { name: /^BankID \(/ }).check();
    await page.getByRole("radio", { name: /^Ingrid Bakken/ }).check();
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page).toHaveURL(/\/skatt$/);
    // The first screen starts with the page, not with ten menu links.
    const heading = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(heading!.y).toBeLessThan(200);
    await expect(page.getByRole("link", { name: "Utbetalinger" })).toBeHidden();
    await page.locator("summary", { hasText: "Meny" }).click();
    const menu = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(menu.getByRole("link", { name: "Skatt" })).toHaveAttribute("aria-current", "page");
    await menu.getByRole("link", { name: "Utbetalinger" }).click();
    await expect(page).toHaveURL(/\/utbetalinger$/);
    await context.close();
  });
});

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the menu is a row of links with the current page marked", async ({ page }) => {
    await loginHigh(page, "full", "/utbetalinger");
    const menu = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(menu.getByRole("link", { name: "Utbetalinger" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Oversikt" })).not.toHaveAttribute("aria-current", "page");
    await expect(page.locator("summary", { hasText: "Meny" })).toBeHidden();
    if (process.env.E2E_SCREENSHOTS) for (const path of ["/utbetalinger", "/oversikt", "/skatt"]) await expectFitsAndStyled(page, path);
  });
});
