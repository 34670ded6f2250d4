import { describe, expect, it } from "vitest";
import { listPaymentsInPeriod } from "@/lib/server/data/payments";
import { paymentDetail } from "@/lib/server/data/payment-detail";
import { paymentStatement, yearSummaries } from "@/lib/server/data/statements";
import { statementCsv } from "@/lib/server/documents/statement-csv";
import { statementPdf } from "@/lib/server/documents/statement-pdf";
import { sumTotals, totalsOf } from "@/lib/domain/payment-lines";
import { formatMoney } from "@/lib/format";
import { db } from "@/lib/server/db";
import { today } from "@/lib/clock";
import { pdfText } from "../support/pdf-text";
import { userFor } from "../support/users";

const TODAY = today();
const YEAR_2025 = { kind: "egen" as const, from: "2025-01", to: "2025-12" };
const csvLabels = {
  month: "Month",
  date: "Date",
  gross: "Gross",
  tax: "Tax",
  voluntaryTax: "Voluntary",
  deductions: "Deductions",
  net: "Net",
  upcoming: "Upcoming",
  total: "Total",
};
const pdfLabels = {
  title: "Payment statement",
  forPerson: "For X",
  period: "Period",
  created: "Created",
  columns: ["Month", "Date", "Gross", "Tax", "Deductions", "Net"] as [string, string, string, string, string, string],
  upcoming: "upcoming",
  total: "Total for the period",
  note: "Note",
};

/** The stored lines summed directly in SQL-free code: the reference every view must match. */
async function lineTotals(personId: string, from: string, to: string) {
  const rows = await db().payment.findMany({
    where: { personId, paymentDate: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) } },
    select: { lines: { select: { type: true, amountOre: true } } },
  });
  return sumTotals(rows.map((r) => totalsOf(r.lines)));
}

describe("every figure agrees with the payment lines, to the øre", () => {
  it("list, year summary, CSV and PDF give the same 2025 totals for the care-home person", async () => {
    const user = await userFor("care-home");
    const reference = await lineTotals(user.personId, "2025-01-01", "2025-12-31");
    expect(reference.deductionsOre).toBeGreaterThan(0);

    const page = await listPaymentsInPeriod(user, TODAY, YEAR_2025, 1, 100);
    expect(page.total).toBe(12);
    expect(sumTotals(page.items.map((p) => p.totals))).toEqual(reference);

    const year = (await yearSummaries(user, TODAY)).find((y) => y.year === 2025)!;
    expect(year.totals).toEqual(reference);
    expect(year.payments).toBe(12);

    const statement = await paymentStatement(user, TODAY, YEAR_2025);
    expect(statement.totals).toEqual(reference);
    expect(statement.name).toBe("Solveig Berg");

    const csv = statementCsv(statement, csvLabels, "en");
    const rows = csv
      .replace("\uFEFF", "")
      .trim()
      .split("\r\n")
      .map((r) => r.split(","));
    expect(rows).toHaveLength(14);
    const totalRow = rows.at(-1)!;
    expect(totalRow[0]).toBe("Total");
    expect(Math.round(Number(totalRow[6]) * 100)).toBe(reference.netOre);
    const csvNet = rows.slice(1, -1).reduce((acc, r) => acc + Math.round(Number(r[6]) * 100), 0);
    expect(csvNet).toBe(reference.netOre);

    const pdf = await statementPdf(statement, pdfLabels, "en");
    const text = await pdfText(new Uint8Array(pdf));
    expect(text).toContain("Payment statement");
    // The PDF's text layer has plain spaces where the pages have no-break spaces.
    const asInPdf = (ore: number) => formatMoney(ore, "en").replace(/\u00a0/g, " ");
    expect(text).toContain(asInPdf(reference.netOre));
    expect(text).toContain(asInPdf(reference.grossOre));
    expect(text).not.toContain((await import("../support/users")).scenario("care-home").fnr);
  });

  it("the PDF is tagged for screen readers: structure tree, marked content, language, title", async () => {
    const user = await userFor("full");
    const pdf = (await statementPdf(await paymentStatement(user, TODAY, YEAR_2025), pdfLabels, "nb")).toString("latin1");
    expect(pdf).toMatch(/\/StructTreeRoot/);
    expect(pdf).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(pdf).toMatch(/\/Marked true/);
    expect(pdf).toMatch(/\/Lang \(nb-NO\)/);
    expect(pdf).toMatch(/\/DisplayDocTitle true/);
    expect(pdf).toMatch(/\/S \/Table/);
    expect(pdf).toMatch(/\/S \/TH/);
  });

  it("statements made at the same time each embed the font and read back whole (the parsed font is shared, the subsets are not)", async () => {
    const [full, careHome] = await Promise.all([userFor("full"), userFor("care-home")]);
    const statements = await Promise.all([paymentStatement(full, TODAY, YEAR_2025), paymentStatement(careHome, TODAY, YEAR_2025)]);
    const pdfs = await Promise.all([
      statementPdf(statements[0], pdfLabels, "nb"),
      statementPdf(statements[1], pdfLabels, "en"),
      statementPdf(statements[0], pdfLabels, "nb"),
    ]);
    const texts = await Promise.all(pdfs.map((pdf) => pdfText(new Uint8Array(pdf))));
    const asInPdf = (ore: number, locale: "nb" | "en") => formatMoney(ore, locale).replace(/\u00a0/g, " ");
    expect(texts[0]).toContain(asInPdf(statements[0].totals.netOre, "nb"));
    expect(texts[1]).toContain(asInPdf(statements[1].totals.netOre, "en"));
    expect(texts[2]).toBe(texts[0]);
    for (const pdf of pdfs) {
      const raw = pdf.toString("latin1");
      expect(raw).toMatch(/\/FontFile2/);
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+SourceSans3/);
      expect(raw).not.toMatch(/Helvetica/);
    }
  });

  it("Norwegian CSV uses semicolons and decimal commas", async () => {
    const user = await userFor("full");
    const csv = statementCsv(await paymentStatement(user, TODAY, YEAR_2025), csvLabels, "nb");
    expect(csv.split("\r\n")[1]).toMatch(/^2025-01;2025-01-20;\d+,\d{2};/);
  });

  it("the detail explains June: adjustment with back pay for May, and the account is masked", async () => {
    const user = await userFor("long-history");
    const june = await paymentDetail(user, TODAY, "2025-06");
    expect(june?.reasons).toContainEqual({ code: "adjustmentBackPay", forMonth: "2025-05" });
    expect(june?.totals).toEqual(totalsOf(june!.lines));
    expect(june?.account?.masked).toMatch(/^•••• \d{4}$/);
    const dec = await paymentDetail(user, TODAY, "2025-12");
    expect(dec?.reasons.map((r) => r.code)).toEqual(["decemberNoTax"]);
  });

  it("a foreign account is marked as such", async () => {
    const detail = await paymentDetail(await userFor("abroad"), TODAY, "2025-03");
    expect(detail?.account).toMatchObject({ foreign: true, countryCode: "ES" });
  });

  it("another person's month is simply not found", async () => {
    expect(await paymentDetail(await userFor("representative"), TODAY, "2025-06")).toBeNull();
    expect(await paymentDetail(await userFor("full"), TODAY, "2027-01")).toBeNull();
  });
});
