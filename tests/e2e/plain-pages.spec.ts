import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginHigh, loginOwn, LOGGED_IN_PAGES } from "./helpers";
import { ownPerson } from "./own-person";

/** The script files a page load fetches (Next's runtime and any chunk). */
function scriptsFetched(page: Page): string[] {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") fetched.push(new URL(r.url()).pathname);
  });
  return fetched;
}

test("a logged-in page is sent without Next's runtime and fetches no script, and its print button still prints", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "");
  });
  await loginHigh(page, "long-history", "/oversikt");
  const fetched = scriptsFetched(page);
  const res = await page.goto("/utbetalinger");
  expect(res?.headers()["x-client-runtime"]).toBe("none");
  await expect(page.getByRole("table", { name: "Utbetalinger" })).toBeVisible();
  await page.getByRole("button", { name: "Skriv ut" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-printed", "");
  expect(fetched).toEqual([]);
  // A link is a page load of its own, answered plain again.
  const next = page.waitForResponse((r) => r.url().endsWith("/utbetalinger/arsoversikt") && r.request().resourceType() === "document");
  await page.getByRole("link", { name: "Se sum per år" }).click();
  expect((await next).headers()["x-client-runtime"]).toBe("none");
  expect(fetched).toEqual([]);
  await expectAccessible(page);
});

test("without JavaScript the print button is not offered, since it could not print", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginHigh(page, "long-history", "/utbetalinger");
  await expect(page.getByRole("table", { name: "Utbetalinger" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeHidden();
  await context.close();
});

test("a page with a form is plain too: the browser posts it once, and the answer is focused and keeps what was typed", async ({ page }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own, "/oversikt");
  const fetched = scriptsFetched(page);
  const res = await page.goto("/mine-data/rettigheter");
  expect(res?.headers()["x-client-runtime"]).toBe("none");
  // The characters left follow what is typed, without React.
  await expect(page.getByText("2000 tegn igjen")).toBeVisible();
  await page.getByLabel("Begrunnelse").fill("For kort");
  await expect(page.getByText("1992 tegn igjen")).toBeVisible();
  expect(fetched).toEqual([]);
  // A double press sends the form once; the answer's error summary has the focus.
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.resourceType() === "document") posts.push(new URL(r.url()).pathname);
  });
  await page.getByRole("button", { name: "Send forespørselen" }).dblclick();
  await expect(page.locator(":focus")).toHaveText("Du må rette dette før du kan sende:");
  expect(posts).toEqual(["/mine-data/rettigheter"]);
  await expect(page.getByLabel("Begrunnelse")).toHaveValue("For kort");
  await expect(page.getByText("1992 tegn igjen")).toBeVisible();
  await expect(page).toHaveTitle(/^Feil: /);
  await expectAccessible(page);
});

test("every logged-in page is plain, forms included, and none carries another person's data", async ({ page }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own);
  for (const path of LOGGED_IN_PAGES) {
    const res = await page.request.get(path, { headers: { accept: "text/html" } });
    expect(res.status(), path).toBe(200);
    expect(res.headers()["x-client-runtime"], path).toBe("none");
    const html = await res.text();
    expect(html, path).not.toMatch(/<script[^>]+src=|self\.__next_f/);
    // The proxy's own request went out with this visitor's session and came back with this visitor's page.
    expect(html, path).toContain(own.familyName);
  }
});

test("a page view on a plain logged-in page is counted once, when the visitor said yes", async ({ page }) => {
  const own = await ownPerson("full");
  await page.context().addCookies([{ name: "dp-statistikk", value: "ja", url: test.info().project.use.baseURL! }]);
  await loginOwn(page, own);
  const views: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/statistikk")) views.push(r.postData() ?? "");
  });
  const res = await page.goto("/saker");
  expect(res?.headers()["x-client-runtime"]).toBe("none");
  await expect.poll(() => views).toEqual(["/saker"]);
});

test("a request that names the portal's own-request header from outside is treated as anyone's", async ({ page, playwright }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own);
  for (const forged of ["plain-page:forged", "cache-fill:forged", "plain-page"]) {
    const res = await page.request.get("/oversikt", { headers: { accept: "text/html", "x-dinpensjon-own-request": forged } });
    expect(res.status(), forged).toBe(200);
    expect(res.headers()["x-client-runtime"], forged).toBe("none");
  }
  // Not logged in: the front page still comes from the render cache with a real nonce, never a placeholder.
  const visitor = await playwright.request.newContext();
  const res = await visitor.get("/", { headers: { "x-dinpensjon-own-request": "cache-fill:forged" } });
  expect(res.headers()["x-render-cache"]).toMatch(/^(hit|filled)$/);
  expect(await res.text()).not.toContain("rcnonce");
  await visitor.dispose();
});
