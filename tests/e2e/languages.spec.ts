import { expect, test, type Page } from "./fixtures";
import { expectAccessible, LOGGED_IN_PAGES, loginOwn } from "./helpers";
import { ownPerson } from "./own-person";

// Every page in each language: the document's language is right, nothing is
// left untranslated in the main text, and axe (WCAG 2.1 A/AA) finds nothing.
// Bokmål is covered by the other specs; here nynorsk and English.
const PAGES = [...LOGGED_IN_PAGES, "/utbetalingskalender", "/personvern", "/tilgjengelighet"];

// Words that only appear in bokmål, to catch a text that was not translated.
const BOKMAAL_ONLY = /\b(ikke|hvis|hvordan|hvorfor|hvilke|hvem|utbetalinger|måneder|dager|ennå)\b/i;

async function choose(page: Page, language: "Nynorsk" | "English") {
  await page
    .getByRole("button", { name: language === "Nynorsk" ? "Byt språk til nynorsk" : "Change language to English" })
    .filter({ visible: true })
    .click();
}

/** Five pages to a test: each is short enough for a busy machine, and the workers share them out evenly. */
const CHUNKS = Array.from({ length: Math.ceil(PAGES.length / 5) }, (_, i) => PAGES.slice(i * 5, i * 5 + 5));

for (const [language, lang] of [
  ["Nynorsk", "nn"],
  ["English", "en"],
] as const) {
  for (const chunk of CHUNKS) {
    test(`in ${language}, ${chunk.join(", ")}: marked as ${lang}, translated and accessible`, async ({ page }) => {
      // A person of its own, so other tests' logins cannot end this session (at most three per person).
      await loginOwn(page, await ownPerson("graded"), "/oversikt");
      await choose(page, language);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      for (const path of chunk) {
        await page.goto(path);
        await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
        // Text from Nav's letters and messages is bokmål and marked so; the rest of the page must not be.
        const text = await page.getByRole("main").evaluate((main) => {
          const clone = main.cloneNode(true) as HTMLElement;
          clone.querySelectorAll("[lang='nb']").forEach((e) => e.remove());
          return clone.innerText;
        });
        expect(text, path).not.toMatch(BOKMAAL_ONLY);
        await expectAccessible(page);
      }
    });
  }
}
