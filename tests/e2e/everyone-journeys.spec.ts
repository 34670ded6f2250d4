import { expect, test } from "./fixtures";
import { chooseAtIdporten, loginOwn, noJsPage } from "./helpers";
import { ownPerson } from "./own-person";

// The new journeys once more, the way some people use them: without JavaScript,
// and with the keyboard only. (axe runs on the same pages in the specs beside this one.)

test("without JavaScript: a representative chooses whom to act for, acts, is refused, and goes back to herself", async ({ browser }) => {
  const page = await noJsPage(browser);
  await page.goto("/oversikt");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "bankid", "representative", { stayAtChooser: true });
  await page.getByRole("radio", { name: /^Solveig Berg/ }).check();
  await page.getByRole("button", { name: "Fortsett" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt for Solveig Berg" })).toBeVisible();
  await page.goto("/utbetalinger");
  await expect(page.getByRole("region", { name: "Du bruker tjenesten for en annen" })).toContainText("Solveig Berg");
  await expect(page.getByRole("heading", { level: 1, name: "Utbetalinger" })).toBeVisible();
  await page.goto("/mine-data/samtykker");
  await expect(page).toHaveURL(/\/ingen-tilgang$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fullmakten gir ikke tilgang til dette" })).toBeVisible();
  await page.getByRole("button", { name: "Tilbake til deg selv" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hei, Eva Berg" })).toBeVisible();
  await page.context().close();
});

test("without JavaScript and by keyboard: an overdue life certificate, its failure paths, then a good check", async ({ browser }) => {
  // A copy of Lucia Romano of its own: an answered request cannot be answered again.
  const lucia = await ownPerson("foreign-eid");
  const page = await noJsPage(browser);
  await page.goto("/leveattest");
  await page.getByRole("button", { name: "Logg inn med ID-porten" }).click();
  await chooseAtIdporten(page, "eidas", lucia);
  await expect(page.getByText(/Fristen for leveattesten var/)).toBeVisible();
  for (const [outcome, message] of [
    ["Dokumentet er utløpt", "Dokumentet du brukte, er utløpt"],
    ["Tjenesten er nede når portalen henter resultatet", "Identitetskontrollen er ikke tilgjengelig akkurat nå. Ingenting er sendt."],
  ] as const) {
    await page.getByRole("checkbox", { name: "Jeg har lest vilkårene og samtykker til identitetskontrollen" }).check();
    await page.getByRole("button", { name: "Start identitetskontrollen" }).click();
    await page.getByRole("radio", { name: outcome }).check();
    await page.getByRole("button", { name: "Fullfør kontrollen" }).click();
    await page.getByRole("button", { name: "Send leveattesten" }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByText(/Fristen for leveattesten var/)).toBeVisible();
  }
  // The good check, with the keyboard only.
  await page.getByRole("checkbox", { name: "Jeg har lest vilkårene og samtykker til identitetskontrollen" }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Start identitetskontrollen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Mock identitetskontroll" })).toBeVisible();
  await page.getByRole("button", { name: "Fullfør kontrollen" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Send leveattesten" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Takk! Leveattesten er mottatt")).toBeVisible();
  await page.context().close();
});

test("keyboard only: writing to Nav", async ({ page }) => {
  await loginOwn(page, await ownPerson("graded"), "/meldinger/ny");
  await page.getByRole("radio", { name: "Utbetaling" }).focus();
  // Arrow keys move between the topics; the text field is next in the tab order after the group.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Skatt" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Meldingen din")).toBeFocused();
  await page.keyboard.type("Hvorfor er skattetrekket høyere i desember enn i november?");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send meldingen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Samtale: Skatt" })).toBeVisible();
});

test("keyboard only: giving a power, checking the answers and confirming", async ({ page }) => {
  // Copies of both, so the power given here reaches no other test's Eva Berg.
  const eva = await ownPerson("representative");
  await loginOwn(page, await ownPerson("long-history"), "/fullmakter/ny");
  await page.getByLabel("Fødselsnummeret til den du gir fullmakt").focus();
  await page.keyboard.type(eva.fnr);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Berg");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Se pensjon, utbetalinger og skatt" })).toBeFocused();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "Se saker og brev" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.type("30.06.2027");
  await page.keyboard.press("Enter");
  // The check-your-answers step takes the focus, so a screen reader starts there.
  await expect(page.getByRole("heading", { name: "Se over før du gir fullmakten" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Gi fullmakten" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Fullmakt gitt/ })).toBeVisible();
});

test("keyboard only: reporting a change, from the list to the receipt", async ({ page }) => {
  await loginOwn(page, await ownPerson("graded"), "/endringer");
  await page.getByRole("link", { name: "Flytting til utlandet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Flytting til utlandet" })).toBeVisible();
  await page.getByLabel("Dato du flytter").focus();
  await page.keyboard.type("01.03.2027");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Land")).toBeFocused();
  await page.keyboard.press("s");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Se over før du sender" })).toBeFocused();
  await expect(page.getByText("Du beholder vanligvis pensjonen når du bor eller oppholder deg i utlandet.")).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send endringen" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Vi har mottatt endringen" })).toBeVisible();
});
