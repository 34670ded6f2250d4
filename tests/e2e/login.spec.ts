import { expect, test } from "./fixtures";
import { planPayments } from "../../lib/domain/payment-plan";
import { totalsOf } from "../../lib/domain/payment-lines";
import { formatDate, formatMoney } from "../../lib/format";
import { chooseAtIdporten, expectAccessible, login, loginHigh, MOCK_IDPORTEN, person, TODAY } from "./helpers";
import { checkDigits } from "../../lib/domain/fnr";

test("MinID login shows the overview with the seeded figures", async ({ page }) => {
  const urls: string[] = [];
  page.on("request", (r) => urls.push(r.url()));
  const me = await login(page, "minid", "full");
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Ingrid Bakken" })).toBeVisible();
  await expect(page.getByText("MinID (betydelig nivå)").filter({ visible: true })).toBeVisible();
  await expect(page.getByText("100 prosent")).toBeVisible();

  const planned = planPayments(person("full").pension!, TODAY);
  const next = planned.at(-1)!;
  await expect(page.getByText(`Utbetales ${formatDate(next.date, "nb")}`)).toBeVisible();
  await expect(page.getByText(`Du får ${formatMoney(totalsOf(next.lines).netOre, "nb")} etter skatt`)).toBeVisible();
  await expect(page.getByText(/Datoen er anslått/)).toBeVisible();

  const table = page.getByRole("table", { name: "Siste utbetalinger" });
  const latest = planned.slice(-4, -1).reverse();
  const rows = table.getByRole("row");
  await expect(rows).toHaveCount(latest.length + 1);
  for (const [i, p] of latest.entries()) {
    const t = totalsOf(p.lines);
    const row = rows.nth(i + 1);
    await expect(row).toContainText(formatDate(p.date, "nb"));
    await expect(row.getByRole("cell").nth(1)).toHaveText(formatMoney(t.grossOre, "nb"));
    await expect(row.getByRole("cell").nth(2)).toHaveText(formatMoney(t.taxOre + t.voluntaryTaxOre, "nb"));
    await expect(row.getByRole("cell").nth(4)).toHaveText(formatMoney(t.netOre, "nb"));
  }
  await expectAccessible(page);
  // The identity number never travels in a URL, not even to the identity provider.
  expect(urls.filter((u) => u.includes(me.fnr))).toEqual([]);
});

test("logged-in pages are never cached", async ({ page }) => {
  await login(page, "minid", "graded");
  const response = await page.goto("/oversikt");
  expect(response?.headers()["cache-control"]).toContain("no-store");
});

test("step-up: MinID is asked to log in again with BankID and comes back to the same page", async ({ page }) => {
  const me = await login(page, "minid", "graded");
  await page.getByRole("link", { name: "Utbetalinger" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Denne siden krever høyere sikkerhetsnivå" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Logg inn med BankID eller annen eID" }).click();
  // MinID is not offered when the high level is required.
  await expect(page.getByRole("radio", { name: /^MinID/ })).toHaveCount(0);
  await chooseAtIdporten(page, "bankid", me);
  await expect(page).toHaveURL(/\/utbetalinger$/);
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalinger" })).toBeVisible();
  await expect(page.getByText("Høyt sikkerhetsnivå").filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Utbetalinger" })).toContainText("november 2026");
  await expectAccessible(page);
});

test("a person without BankID cannot complete step-up and is told why", async ({ page }) => {
  await login(page, "minid", "minid-only");
  await page.goto("/utbetalinger");
  await expect(page.getByText(/Har du ikke BankID\?/)).toBeVisible();
  await page.getByRole("button", { name: "Logg inn med BankID eller annen eID" }).click();
  await chooseAtIdporten(page, "bankid", "minid-only");
  await expect(page.getByRole("alert")).toContainText("har ikke denne elektroniske ID-en");
  await expectAccessible(page);
});

test("BankID login goes straight to the page asked for, at the high level", async ({ page }) => {
  await page.goto("/utbetalinger/2026-10");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "bankid", "care-home");
  await expect(page).toHaveURL(/\/utbetalinger\/2026-10$/);
  await expect(page.getByRole("table", { name: "Slik er beløpet regnet ut" })).toContainText("Betales til Trondheim kommune");
});

test("logout ends the session at once: a replayed old cookie gets nothing", async ({ page, context }) => {
  await login(page, "minid", "widowed");
  const stolen = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
  expect(stolen).toBeTruthy();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logget-ut$/);
  await expect(page.getByRole("heading", { level: 1, name: "Du er logget ut" })).toBeVisible();
  await expectAccessible(page);

  await context.addCookies([stolen]);
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Foversikt&utlopt=1$/);
  await expect(page.getByRole("status")).toContainText("Du er ikke lenger logget inn.");
  await expect(page.getByText("Knut Dahl")).toHaveCount(0);
});

test("the overview works in English too", async ({ page }) => {
  await login(page, "minid", "abroad");
  await page.getByRole("button", { name: "Change language to English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Olav Strand" })).toBeVisible();
  await expect(page.getByText(/You get NOK\s[\d,]+ after tax/)).toBeVisible();
  await expectAccessible(page);
});

test("logging out at ID-porten ends the portal session too (back-channel logout)", async ({ page }) => {
  await login(page, "minid", "long-history");
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Arne Nilsen" })).toBeVisible();
  // Log out directly at the identity provider, as from another service.
  await page.goto(`${MOCK_IDPORTEN}/session/end`);
  await expect(page.getByText(/sign-out|logged out|Logger ut/i).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.goto("/oversikt");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Foversikt&utlopt=1$/);
});

test.describe("without JavaScript from the first page", () => {
  test.use({ javaScriptEnabled: false });

  test("logs in with a plain form, reads payments, and logs out; no identity number in any URL", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto("/");
    await page.getByRole("button", { name: "Logg inn" }).click();
    await chooseAtIdporten(page, "bankid", "full");
    await expect(page).toHaveURL(/\/oversikt$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hei, Ingrid Bakken" })).toBeVisible();
    await page.goto("/utbetalinger");
    await expect(page.getByRole("table").first()).toBeVisible();
    await page.getByRole("button", { name: "Logg ut" }).click();
    // Without JavaScript, ID-porten's own confirmation is one more button.
    await page.getByRole("button", { name: "Logg ut av ID-porten" }).click();
    await expect(page).toHaveURL(/\/logget-ut$/);
    const fnr = person("full").fnr;
    expect(urls.filter((u) => u.includes(fnr) || /id_token_hint=/.test(u))).toEqual([]);
    await page.goto("/oversikt");
    await expect(page).toHaveURL(/\/logg-inn/);
  });
});

test("next-auth's own sign-out and session routes are closed; only the portal's logout ends a session", async ({ request }) => {
  expect((await request.post("/api/auth/signout")).status()).toBe(404);
  expect((await request.get("/api/auth/session")).status()).toBe(404);
  expect((await request.get("/api/auth/providers")).status()).toBe(404);
  expect((await request.get("/logg-ut", { maxRedirects: 0 })).status()).toBe(303);
});

test("cancelling step-up at ID-porten comes back calmly: still logged in with MinID, nothing red", async ({ page }) => {
  await login(page, "minid", "minid-only");
  await page.goto("/skatt");
  await expect(page.getByRole("heading", { level: 1, name: "Denne siden krever høyere sikkerhetsnivå" })).toBeVisible();
  await expect(page.getByText(/BankID, BankID på mobil, Buypass eller Commfides/)).toBeVisible();
  await page.getByRole("button", { name: "Logg inn med BankID eller annen eID" }).click();
  await page.getByRole("button", { name: "Avbryt" }).click();
  await expect(page.getByRole("status")).toContainText("Du er fortsatt logget inn med MinID.");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(page.getByText("MinID (betydelig nivå)").filter({ visible: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tilbake til oversikten" })).toBeVisible();
  // The menu says which pages need the high level before the user follows them.
  const menu = page.getByRole("navigation", { name: "Hovedmeny" }).filter({ visible: true });
  await expect(menu.getByRole("link", { name: /^Skatt \(krever BankID/ })).toBeVisible();
  await expect(menu.getByRole("link", { name: "Meldinger", exact: true })).toBeVisible();
  await expectAccessible(page);
});

// The warning is the page's own script, the same on a page that runs React (/skatt) and on a plain page (/oversikt).
for (const path of ["/skatt", "/oversikt"]) {
  test(`a warning before the session ends on ${path}: announced, keyboard-operable, and 'stay logged in' keeps the session`, async ({ page }) => {
    await page.clock.install();
    // The browser's clock is moved forward, the server's is not: the status check answers as the
    // server would 25 minutes on (the server's own answers are tested below and in trust.test.ts).
    await page.route("**/api/sesjon", async (route) => {
      if (route.request().method() !== "GET") return route.fallback();
      const now = await page.evaluate(() => Date.now());
      await route.fulfill({
        json: {
          active: true,
          idleEndsAt: new Date(now + 4 * 60_000).toISOString(),
          endsAt: new Date(now + 90 * 60_000).toISOString(),
          now: new Date(now).toISOString(),
        },
      });
    });
    await loginHigh(page, "graded", path);
    // 25 minutes without doing anything: the warning opens, five minutes before the idle limit.
    // The warning's timer starts once the page's script has run.
    await page.waitForLoadState("networkidle");
    await page.clock.fastForward("25:01");
    const dialog = page.getByRole("alertdialog", { name: "Du blir snart logget ut" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(/logger vi deg ut om [1-5] minutter/);
    await expect(dialog.getByRole("button", { name: "Fortsett å være logget inn" })).toBeFocused();
    await expectAccessible(page);
    const extended = page.waitForResponse((r) => r.url().endsWith("/api/sesjon") && r.request().method() === "POST");
    await page.keyboard.press("Enter");
    expect((await extended).status()).toBe(200);
    await expect(dialog).toBeHidden();
    // Left alone again: the warning comes back, and when nobody answers, the user is told that the session ended, and why.
    await page.clock.fastForward("25:01");
    await expect(dialog).toBeVisible();
    await page.clock.fastForward("05:01");
    await expect(page).toHaveURL(/\/logget-ut\?grunn=tid$/);
    await expect(page.getByText(/du ikke hadde gjort noe på 30 minutter/)).toBeVisible();
  });
}

test("the session status answers without extending it, and only same-origin posts extend it", async ({ page, request }) => {
  await loginHigh(page, "graded", "/skatt");
  const status = await page.request.get("/api/sesjon");
  expect(status.status()).toBe(200);
  const body = await status.json();
  expect(Date.parse(body.idleEndsAt)).toBeGreaterThan(Date.now());
  expect(JSON.stringify(body)).not.toMatch(/\d{11}|Bakken|Haugland/);
  expect((await page.request.post("/api/sesjon", { headers: { origin: "https://evil.example" } })).status()).toBe(403);
  expect((await request.get("/api/sesjon")).status()).toBe(401);
});

test("logging in with nynorsk chosen at ID-porten gives the portal in nynorsk", async ({ browser }) => {
  const context = await browser.newContext({ locale: "nn-NO" });
  const page = await context.newPage();
  await page.goto("/logg-inn");
  // The login form passes the page's language to ID-porten; choose nynorsk there by asking for it.
  const form = page.locator("form[action^='/api/auth/signin/idporten']").first();
  await form.evaluate((f) => f.setAttribute("action", f.getAttribute("action")!.replace("ui_locales=nb", "ui_locales=nn")));
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "minid", "graded");
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nn");
  await expect(page.getByRole("heading", { level: 2, name: "Neste utbetaling" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Siste utbetalingar" })).toBeVisible();
  await expectAccessible(page);
  await context.close();
});

test("a pensioner abroad with only a foreign eID logs in, sees the overview, and is told plainly what needs a Norwegian eID", async ({ page }) => {
  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "eidas", "foreign-eid");
  await expect(page).toHaveURL(/\/oversikt$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Lucia Romano" })).toBeVisible();
  await expect(page.getByText("Utenlandsk eID (betydelig nivå)").first()).toBeAttached();
  await expectAccessible(page);
  await page.goto("/utbetalinger");
  await expect(page.getByRole("heading", { level: 1, name: "Denne siden krever norsk eID" })).toBeVisible();
  // No button to an ID-porten page with no eID she has.
  await expect(page.getByRole("button", { name: /BankID/ })).toHaveCount(0);
  await expect(page.getByText("lese og sende meldinger, melde fra om endringer")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/meldinger");
  await expect(page.getByRole("heading", { level: 1, name: "Meldinger" })).toBeVisible();
});

test("the mock ID-porten's TestID field takes synthetic identity numbers only", async ({ page }) => {
  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  // A number with valid check digits whose month is a real one (not month + 80): refused, and kept in the field.
  const typed = "010150000" + checkDigits("010150000");
  await page.getByLabel("Eller skriv et syntetisk fødselsnummer (TestID)").fill(typed);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("alert")).toHaveText(/Skriv et syntetisk fødselsnummer/);
  await expect(page.getByLabel("Eller skriv et syntetisk fødselsnummer (TestID)")).toHaveValue(typed);
});
