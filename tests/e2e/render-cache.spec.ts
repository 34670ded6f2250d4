import { expect, test, type APIResponse } from "./fixtures";
import { chooseAtIdporten, expectAccessible, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

/** The nonce in a response's CSP header, and every nonce the page itself carries (attributes and React's payload). */
async function nonces(res: APIResponse) {
  const csp = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1];
  const html = await res.text();
  const inPage = new Set([...html.matchAll(/nonce(?:=\\?"|\\?":\\?")([A-Za-z0-9+/=]+)/g)].map((m) => m[1]));
  return { csp, inPage, html };
}

test("a public page from the render cache carries this response's own nonce and CSRF token", async ({ playwright }) => {
  const visitors = await Promise.all([playwright.request.newContext(), playwright.request.newContext()]);
  const pages = [];
  for (const visitor of visitors) {
    await visitor.get("/");
    const res = await visitor.get("/");
    expect(res.status()).toBe(200);
    expect(res.headers()["x-render-cache"]).toBe("hit");
    const { csp, inPage, html } = await nonces(res);
    // Every script, style and preload in the page has the nonce the CSP header allows, and no other.
    expect(csp).toBeTruthy();
    expect([...inPage]).toEqual([csp]);
    const inLinkHeader = [...(res.headers()["link"] ?? "").matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
    expect(inLinkHeader.length).toBeGreaterThan(0);
    expect(new Set(inLinkHeader)).toEqual(new Set([csp]));
    // The login form's token is the one in this visitor's own CSRF cookie.
    const token = /name="csrfToken" value="([0-9a-f]{64})"/.exec(html)?.[1];
    const cookie = (await visitor.storageState()).cookies.find((c) => c.name === "next-auth.csrf-token")?.value;
    expect(token).toBeTruthy();
    expect(decodeURIComponent(cookie ?? "").split("|")[0]).toBe(token);
    pages.push({ csp, token });
  }
  expect(pages[0]!.csp).not.toBe(pages[1]!.csp);
  expect(pages[0]!.token).not.toBe(pages[1]!.token);
  await Promise.all(visitors.map((v) => v.dispose()));
});

test("the cached front page logs in, in a browser with scripts running under the CSP", async ({ page }) => {
  const own = await ownPerson("full");
  const refused: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto("/");
  const first = await page.goto("/");
  expect(first?.headers()["x-render-cache"]).toBe("hit");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await chooseAtIdporten(page, "minid", own);
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1, name: `Hei, ${own.givenName} ${own.familyName}` })).toBeVisible();
  expect(refused).toEqual([]);
});

test("a logged-in visitor's public pages are rendered for them alone, and never reach a visitor who is not logged in", async ({ page, playwright }) => {
  const own = await ownPerson("full");
  await loginOwn(page, own);
  const name = `${own.givenName} ${own.familyName}`;
  for (const path of ["/", "/utbetalingskalender", "/personvern"]) {
    const res = await page.goto(path);
    expect(res?.headers()["x-render-cache"]).toBeUndefined();
    await expect(page.getByText(`Logget inn som ${name}`).first()).toBeAttached();
  }
  const stranger = await playwright.request.newContext();
  for (const path of ["/", "/utbetalingskalender", "/personvern"]) {
    const res = await stranger.get(path);
    expect(res.headers()["x-render-cache"]).toMatch(/^(hit|filled)$/);
    const html = await res.text();
    expect(html).not.toContain(own.familyName);
    expect(html).not.toContain(own.fnr);
  }
  await stranger.dispose();
});

test("each language and statistics choice has its own copy", async ({ playwright }) => {
  for (const [cookie, lang, heading] of [
    ["NEXT_LOCALE=nn", "nn", "Utbetalingskalender"],
    ["NEXT_LOCALE=en", "en", "Payment calendar"],
    ["", "nb", "Utbetalingskalender"],
  ] as const) {
    const visitor = await playwright.request.newContext({ extraHTTPHeaders: cookie ? { cookie } : {} });
    await visitor.get("/utbetalingskalender");
    const res = await visitor.get("/utbetalingskalender");
    expect(res.headers()["x-render-cache"]).toBe("hit");
    const html = await res.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(heading);
    await visitor.dispose();
  }
  // Someone who has answered the statistics question is not asked again; someone who has not is.
  const asked = await playwright.request.newContext();
  const answered = await playwright.request.newContext({ extraHTTPHeaders: { cookie: "dp-statistikk=nei" } });
  const question = /Godta statistikk/;
  expect(await (await asked.get("/personvern/klage")).text()).toMatch(question);
  expect(await (await answered.get("/personvern/klage")).text()).not.toMatch(question);
  await Promise.all([asked.dispose(), answered.dispose()]);
});

test("a cached page runs no JavaScript but the page-view count, and everything on it still works", async ({ page, context }) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto("/personvern");
  const res = await page.goto("/personvern");
  expect(res?.headers()["x-render-cache"]).toBe("hit");
  expect(scripts).toEqual([]);
  expect(await page.evaluate(() => "__next_f" in self)).toBe(false);
  await expectAccessible(page);
  // The statistics question, answered from the cached page, is a plain form post.
  await page.getByRole("button", { name: "Godta statistikk" }).click();
  await expect(page.getByRole("region", { name: "Informasjonskapsler for statistikk" })).toBeHidden();
  expect((await context.cookies()).find((c) => c.name === "dp-statistikk")?.value).toBe("ja");
  const counted = page.waitForRequest((r) => r.url().endsWith("/api/statistikk") && r.postData() === "/tilgjengelighet");
  const next = await page.goto("/tilgjengelighet");
  await counted;
  expect(next?.headers()["x-render-cache"]).toMatch(/^(hit|filled)$/);
  expect(scripts).toEqual([]);
  // The language switch, also a plain form post.
  await page.getByRole("button", { name: "Change language to English" }).filter({ visible: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the calendar for another year is cached too, and the year links lead from copy to copy", async ({ page }) => {
  await page.goto("/utbetalingskalender?ar=2025");
  const res = await page.goto("/utbetalingskalender?ar=2025");
  expect(res?.headers()["x-render-cache"]).toBe("hit");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2025");
  const next = page.waitForResponse((r) => r.url().endsWith("/utbetalingskalender?ar=2026"));
  await page.getByRole("link", { name: "Neste år (2026)" }).click();
  expect((await next).headers()["x-render-cache"]).toMatch(/^(hit|filled)$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2026");
  // A year the calendar does not cover shows this year, rendered for the request alone.
  const outside = await page.goto("/utbetalingskalender?ar=1999");
  expect(outside?.headers()["x-render-cache"]).toBeUndefined();
});
