import fs from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { planPayments } from "../../lib/domain/payment-plan";
import { sumTotals, totalsOf } from "../../lib/domain/payment-lines";
import { formatMoney } from "../../lib/format";
import { pdfText } from "../support/pdf-text";
import { expectAccessible, loginHigh, person, TODAY } from "./helpers";

/** A custom period's month: a month and a year in the group "Fra" or "Til". */
async function choose(page: Page, group: "Fra" | "Til", month: string, year: string) {
  const fields = page.getByRole("group", { name: group });
  await fields.getByLabel("Måned").selectOption({ label: month });
  await fields.getByLabel("År").selectOption(year);
}

const longHistory = () => planPayments(person("long-history").pension!, TODAY);
const totals2025 = () =>
  sumTotals(
    longHistory()
      .filter((p) => p.date.startsWith("2025"))
      .map((p) => totalsOf(p.lines)),
  );

test("the payment list: last three months by default, period chips, custom period and paging", async ({ page }) => {
  await loginHigh(page, "long-history");
  const table = page.getByRole("table", { name: "Utbetalinger" });
  await expect(table.getByRole("row")).toHaveCount(1 + 3); // September, October, November (upcoming)
  await expect(table.getByRole("row").nth(1)).toContainText("Kommende");
  await expectAccessible(page);

  await page.getByRole("link", { name: "I fjor" }).click();
  await expect(page.getByRole("link", { name: "I fjor" })).toHaveAttribute("aria-current", "true");
  await expect(table.getByRole("row")).toHaveCount(1 + 12);

  await page.getByRole("link", { name: "Egen periode" }).click();
  await choose(page, "Fra", "januar", "2015");
  await choose(page, "Til", "desember", "2026");
  await page.getByRole("button", { name: "Vis perioden" }).click();
  const pages = Math.ceil(longHistory().length / 12);
  await expect(page.getByText(`Side 1 av ${pages}`)).toBeVisible();
  await page.getByRole("link", { name: "Neste side" }).click();
  await expect(page.getByText(`Side 2 av ${pages}`)).toBeVisible();
  await expectAccessible(page);
});

test("a wrong custom period is explained, and the choices are kept", async ({ page }) => {
  await loginHigh(page, "long-history", "/utbetalinger?periode=egen");
  await choose(page, "Fra", "mai", "2026");
  await choose(page, "Til", "februar", "2026");
  await page.getByRole("button", { name: "Vis perioden" }).click();
  await expect(page.getByText("Perioden må rettes")).toBeVisible();
  await expect(page.getByText("Fra-måneden må være før eller lik til-måneden.").first()).toBeVisible();
  const from = page.getByRole("group", { name: "Fra" });
  const to = page.getByRole("group", { name: "Til" });
  await expect(from.getByLabel("Måned")).toHaveValue("05");
  await expect(from.getByLabel("År")).toHaveValue("2026");
  await expect(to.getByLabel("Måned")).toHaveValue("02");
  await expect(to.getByLabel("År")).toHaveValue("2026");
  // The fields in error are marked so, and read out with the error.
  await expect(from.getByLabel("Måned")).toHaveAttribute("aria-invalid", "true");
  await expect(from.getByLabel("År")).toHaveAccessibleDescription("Fra-måneden må være før eller lik til-måneden.");
  await expect(to.getByLabel("Måned")).not.toHaveAttribute("aria-invalid");
  // The error summary leads to the month that must be changed.
  await page.getByRole("link", { name: "Fra-måneden må være før eller lik til-måneden." }).click();
  await expect(from.getByLabel("Måned")).toBeFocused();
  await expectAccessible(page);
});

test("payment details explain June back pay and December without tax", async ({ page }) => {
  await loginHigh(page, "long-history", "/utbetalinger?periode=ifjor");
  await page.getByRole("link", { name: "Detaljer for juni 2025" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Utbetaling for juni 2025" })).toBeVisible();
  const lines = page.getByRole("table", { name: "Slik er beløpet regnet ut" });
  await expect(lines).toContainText("Etterbetaling etter årlig regulering – Etterbetaling for mai 2025");
  await expect(page.getByText(/etterbetalt økningen for mai 2025/)).toBeVisible();
  await expect(page.getByText(/Betalt til konto •••• \d{4}/)).toBeVisible();
  await expect(page.getByText("20. juni 2025", { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/utbetalinger/2025-12");
  await expect(page.getByText(/Vi trekker ikke skatt i desember/)).toBeVisible();
  await page.goto("/utbetalinger/2030-01");
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
});

test("a foreign account notes possible delay", async ({ page }) => {
  await loginHigh(page, "abroad", "/utbetalinger/2026-10");
  await expect(page.getByText(/Betalt til utenlandsk konto •••• \d{4} \(CaixaBank, Spania\)/)).toBeVisible();
});

test("the year summary: chart with a text alternative and totals matching the payments", async ({ page }) => {
  await loginHigh(page, "long-history", "/utbetalinger/arsoversikt");
  await expect(page.getByRole("img", { name: /Utbetalt per år etter skatt/ })).toBeVisible();
  const row2025 = page.getByRole("table", { name: "Sum per år" }).getByRole("row", { name: /^2025/ });
  const t = totals2025();
  await expect(row2025.getByRole("cell").nth(0)).toHaveText("12");
  await expect(row2025.getByRole("cell").nth(1)).toHaveText(formatMoney(t.grossOre, "nb"));
  await expect(row2025.getByRole("cell").nth(4)).toHaveText(formatMoney(t.netOre, "nb"));
  await expectAccessible(page);
});

test("PDF and CSV statements download with the same totals, and no identity number", async ({ page }) => {
  const me = await loginHigh(page, "long-history", "/utbetalinger?periode=ifjor");
  const t = totals2025();
  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned PDF" }).click()]);
  expect(pdfDownload.suggestedFilename()).toBe("utbetalinger-2025-01-2025-12.pdf");
  const text = await pdfText(new Uint8Array(fs.readFileSync(await pdfDownload.path())));
  expect(text).toContain("Utbetalingsoversikt fra Nav");
  expect(text).toContain("For Arne Nilsen");
  // The PDF's text layer has plain spaces where the page has no-break spaces.
  expect(text).toContain(formatMoney(t.netOre, "nb").replace(/\u00a0/g, " "));
  expect(text).not.toContain(me.fnr);

  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned regneark (CSV)" }).click()]);
  const csv = fs.readFileSync(await csvDownload.path(), "utf8");
  const rows = csv
    .replace("\uFEFF", "")
    .trim()
    .split("\r\n")
    .map((r) => r.split(";"));
  expect(rows[0][0]).toBe("Gjelder");
  expect(rows).toHaveLength(14);
  expect(Math.round(Number(rows.at(-1)![6].replace(",", ".")) * 100)).toBe(t.netOre);
});

test("the public calendar offers an .ics file with the year's dates", async ({ page }) => {
  await page.goto("/utbetalingskalender?ar=2025");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Legg datoene for 2025 i kalenderen/ }).click()]);
  const ics = fs.readFileSync(await download.path(), "utf8");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
  expect(ics).toContain("DTSTART;VALUE=DATE:20250416");
});

test("the payment pages print without navigation", async ({ page }) => {
  await loginHigh(page, "long-history");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Velg periode" })).toBeHidden();
  await expect(page.getByRole("table", { name: "Utbetalinger" })).toBeVisible();
});
