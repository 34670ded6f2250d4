import { expect, test, type Page } from "@playwright/test";
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

test("a logged-in page without an island is sent without Next's runtime, and its print button still prints", async ({ page }) => {
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

test("a page with a form whose state React keeps is sent with the runtime, and its form answers in place", async ({ page }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own, "/konto");
  const fetched = scriptsFetched(page);
  const res = await page.reload();
  expect(res?.headers()["x-client-runtime"]).toBe("kept");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(fetched.some((path) => path.startsWith("/_next/static/"))).toBe(true);
});

test("every logged-in page is plain or keeps the runtime for a form, and none carries another person's data", async ({ page }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own);
  const kept: string[] = [];
  for (const path of LOGGED_IN_PAGES) {
    const res = await page.request.get(path, { headers: { accept: "text/html" } });
    expect(res.status(), path).toBe(200);
    const runtime = res.headers()["x-client-runtime"];
    const html = await res.text();
    if (runtime === "kept") kept.push(path);
    else {
      expect(runtime, path).toBe("none");
      expect(html, path).not.toMatch(/<script[^>]+src=|self\.__next_f/);
    }
    // The proxy's own request went out with this visitor's session and came back with this visitor's page.
    expect(html, path).toContain(own.familyName);
  }
  // The pages with a form of React's (useForm) keep it; the rest are plain.
  expect(kept).toEqual(
    LOGGED_IN_PAGES.filter((p) => ["/skatt", "/konto", "/meldinger/ny", "/mine-data/rettigheter", "/fullmakter/ny", "/endringer/psykiatri"].includes(p)),
  );
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
