import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { scenarios, type Scenario } from "../../prisma/scenarios";
import { E2E_TODAY } from "../../playwright.config";
import { ownPerson } from "./own-person";

export const TODAY = E2E_TODAY;
export const person = (key: string) => scenarios(TODAY).find((s) => s.key === key)!;

/** axe with the WCAG 2.1 A and AA rules; any violation fails the test. */
export async function expectAccessible(page: Page) {
  // Next streams a dynamic page's metadata after its content; the title can come a moment after the
  // text a test waited for. A page that never gets a title still fails here.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** A page in a new browser context with JavaScript turned off, in Norwegian. */
export async function noJsPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false, locale: "nb-NO" })).newPage();
}

/** Every class Aksel styles, from its file of all components' CSS. */
const AKSEL_CLASSES = new Set(
  [...fs.readFileSync(path.join(process.cwd(), "node_modules/@navikt/ds-css/dist/components.css"), "utf8").matchAll(/\.(aksel-[\w-]+)/g)].map((m) => m[1]),
);

/**
 * The portal loads only the Aksel components' CSS it uses (app/globals.css).
 * Fails when the page has an Aksel class that Aksel styles but whose file was
 * left out, so a new component cannot arrive unstyled.
 */
export async function expectAkselStyled(page: Page) {
  const { used, styled } = await page.evaluate(() => {
    const used = new Set<string>();
    document.querySelectorAll("[class]").forEach((el) => el.classList.forEach((c) => /^aksel-[\w-]+$/.test(c) && used.add(c)));
    const styled = new Set<string>();
    const walk = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) for (const m of rule.selectorText.matchAll(/\.(aksel-[\w-]+)/g)) styled.add(m[1]);
        if ("cssRules" in rule) walk((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
    return { used: [...used], styled: [...styled] };
  });
  const loaded = new Set(styled);
  const unstyled = used.filter((c) => AKSEL_CLASSES.has(c) && !loaded.has(c));
  expect(unstyled, `Aksel classes on ${page.url()} whose CSS file app/globals.css does not import`).toEqual([]);
}

const EID_LABEL = { minid: /^MinID/, bankid: /^BankID \(/, eidas: /^Utenlandsk eID/ } as const;

/** The seeded persons who hold a valid power: after every login they are asked whom to act for. */
const HOLDS_POWERS = new Set(["representative", "guardian"]);
/** Seeded persons whose eIDs the mock ID-porten checks (no BankID; only a foreign eID): a typed TestID number would pass any eID. */
const EIDS_CHECKED = new Set(["minid-only", "foreign-eid"]);

/**
 * Completes the mock ID-porten page the browser is on, as a seeded person (by
 * key) or as a person the test made (`ownPerson`, whose identity number is
 * typed as in ID-porten's test environment). Someone who may act for others is
 * then asked whom to act for; unless `stayAtChooser`, they choose themself
 * (most tests are about one's own data) and go on to the page they asked for.
 */
export async function chooseAtIdporten(page: Page, eid: keyof typeof EID_LABEL, who: Who, opts: { stayAtChooser?: boolean } = {}) {
  await expect(page.getByRole("heading", { name: "Mock ID-porten" })).toBeVisible();
  await page.getByRole("radio", { name: EID_LABEL[eid] }).check();
  if (typeof who !== "string") {
    await page.getByLabel("Eller skriv et syntetisk fødselsnummer (TestID)").fill(who.fnr);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    return;
  }
  const p = person(who);
  await page.getByRole("radio", { name: new RegExp(`^${p.givenName} ${p.familyName}`) }).check();
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  if (HOLDS_POWERS.has(who)) {
    await expect(page.getByRole("heading", { level: 1, name: "Hvem vil du bruke Din pensjon for?" })).toBeVisible();
    if (opts.stayAtChooser) return;
    await page.getByRole("radio", { name: /^Meg selv/ }).check();
    await page.getByRole("button", { name: "Fortsett" }).click();
    // The choice is saved by the form post; wait for its answer before the test goes on.
    await expect(page).not.toHaveURL(/\/velg-person/);
  }
}

/** A seeded person by key, or a copy made for one test (`ownPerson`). */
type Who = string | Scenario;

/**
 * Whom a login helper logs in as. A person keeps at most three sessions, so a
 * test logged in as a seeded person can lose its session when other tests log
 * in as the same person meanwhile. So the helpers log in as a copy made for the
 * test, with the same name, pension, payments, letters and cases. These stay
 * seeded: the persons who hold powers (a copy holds none, so it would never be
 * asked whom to act for), those whose eIDs the mock checks, and the person of a
 * test that asks for `seeded` because it needs powers given to that person.
 */
async function whoLogsIn(key: string, seeded: boolean): Promise<Who> {
  return seeded || HOLDS_POWERS.has(key) || EIDS_CHECKED.has(key) ? key : ownPerson(key);
}

const scenarioOf = (who: Who): Scenario => (typeof who === "string" ? person(who) : who);

/** Logs in from the login page with the eID given, and ends on the overview. Returns whom it logged in as. */
export async function login(page: Page, eid: keyof typeof EID_LABEL, key: string, opts: { seeded?: boolean } = {}): Promise<Scenario> {
  const who = await whoLogsIn(key, opts.seeded ?? false);
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, eid, who);
  await expect(page).toHaveURL(/\/oversikt$/);
  return scenarioOf(who);
}

/** Starts the login on `path`, completes the mock ID-porten as `who`, and waits to be back on `path`. */
async function loginFrom(page: Page, who: Who, path: string, eid: keyof typeof EID_LABEL) {
  await page.goto(path);
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, eid, who);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, "\\?")}$`));
}

/**
 * Logs in as a person made by `ownPerson`, typing the identity number at the
 * mock ID-porten as one does in ID-porten's test environment, and ends on `path`.
 */
export async function loginOwn(page: Page, own: Scenario, path = "/oversikt", eid: keyof typeof EID_LABEL = "bankid") {
  await loginFrom(page, own, path, eid);
}

export const MOCK_IDPORTEN = `http://127.0.0.1:${process.env.E2E_MOCK_PORT ?? 8190}`;

/** Logs in with BankID straight away (the high level) from `path`, and ends there. Returns whom it logged in as. */
export async function loginHigh(page: Page, key: string, path = "/utbetalinger", opts: { seeded?: boolean } = {}): Promise<Scenario> {
  const who = await whoLogsIn(key, opts.seeded ?? false);
  await loginFrom(page, who, path, "bankid");
  return scenarioOf(who);
}

/** Every logged-in page (one of each kind), for the checks that run on all of them. */
export const LOGGED_IN_PAGES = [
  "/oversikt",
  "/utbetalinger",
  "/utbetalinger?periode=egen&fra=2016-01&til=2026-12",
  "/utbetalinger/2026-10",
  "/utbetalinger/arsoversikt",
  "/skatt",
  "/konto",
  "/uttaksgrad",
  "/saker",
  "/meldinger",
  "/meldinger/ny",
  "/mine-data",
  "/mine-data/opplysninger",
  "/mine-data/innsynslogg",
  "/mine-data/samtykker",
  "/mine-data/rettigheter",
  "/fullmakter",
  "/fullmakter/ny",
  "/velg-person",
  "/endringer",
  "/endringer/psykiatri",
  "/leveattest",
];
