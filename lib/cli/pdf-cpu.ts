/**
 * CPU time of one year's payment statement PDF, measured in-process without
 * the server: `npx tsx lib/cli/pdf-cpu.ts` (issue 10's ≤ 50 ms target).
 * Renders a warm-up document first, then N documents, and prints the CPU
 * (user + system) per document.
 */
import { type PdfLabels, statementPdf } from "../server/documents/statement-pdf";
import { type Statement } from "../server/data/statements";

const N = Number(process.argv[2] ?? 20);
const payments = Array.from({ length: 12 }, (_, i) => {
  const month = `2025-${String(i + 1).padStart(2, "0")}`;
  const totals = { grossOre: 3_512_900, taxOre: 755_500, voluntaryTaxOre: 0, deductionsOre: 0, netOre: 2_757_400 };
  return { id: month, periodMonth: month, date: `${month}-20`, estimatedDate: false, upcoming: false, lines: [], totals };
});
const statement = {
  name: "Test Testesen",
  period: { kind: "egen", from: "2025-01", to: "2025-12" },
  payments,
  totals: payments.reduce((a, p) => ({ ...a, grossOre: a.grossOre + p.totals.grossOre, netOre: a.netOre + p.totals.netOre }), {
    grossOre: 0,
    taxOre: 0,
    voluntaryTaxOre: 0,
    deductionsOre: 0,
    netOre: 0,
  }),
} as unknown as Statement;
const labels: PdfLabels = {
  title: "Utbetalingsoversikt fra Nav",
  forPerson: "For Test Testesen",
  period: "Periode: januar 2025 til desember 2025",
  created: "Laget 12. november 2026",
  columns: ["Gjelder", "Utbetalt", "Brutto", "Skattetrekk", "Andre trekk", "Utbetalt beløp"] as PdfLabels["columns"],
  upcoming: "kommende",
  total: "Sum for perioden",
  note: "Oversikten viser utbetalinger av alderspensjon fra Nav.",
};

await statementPdf(statement, labels, "nb");
const before = process.cpuUsage();
let bytes = 0;
for (let i = 0; i < N; i++) bytes += (await statementPdf(statement, labels, "nb")).length;
const used = process.cpuUsage(before);
console.info(`${((used.user + used.system) / 1000 / N).toFixed(1)} ms CPU per statement PDF (${N} documents, ${(bytes / N / 1024).toFixed(0)} kB each)`);
