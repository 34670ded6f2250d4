/**
 * Lighthouse 12.2.3 (the last that runs on Node 20) with Debian's Chromium,
 * mobile preset with simulated throttling, as issue 10 measures. Fetched with
 * npx when first used, so it is not part of `npm install`.
 *   npx tsx lib/cli/lighthouse.ts <base-url> <path>…   (public pages)
 *   LIGHTHOUSE_COOKIE='name=value' npx tsx lib/cli/lighthouse.ts …   (logged in)
 * `npm run bench` runs it on the public pages and, with a session cookie, on
 * the overview and the payment list.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

type Report = {
  categories: Record<"performance" | "accessibility" | "best-practices" | "seo", { score: number }>;
  audits: Record<string, { numericValue: number }>;
};

/**
 * Lighthouse's scores vary from run to run on a shared machine (the overview
 * between 86 and 92 in five runs): like Lighthouse's own advice, run it several
 * times and report the median run.
 */
export function lighthouse(url: string, cookie?: string, runs = 3): LighthouseScores {
  const all = Array.from({ length: runs }, () => lighthouseOnce(url, cookie)).sort((a, b) => a.performance - b.performance);
  return all[Math.floor(all.length / 2)];
}

function lighthouseOnce(url: string, cookie?: string): LighthouseScores {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  try {
    const out = path.join(dir, "report.json");
    const args = [
      "--yes",
      "lighthouse@12.2.3",
      url,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--output=json",
      `--output-path=${out}`,
    ];
    if (cookie) {
      fs.writeFileSync(path.join(dir, "headers.json"), JSON.stringify({ Cookie: cookie }));
      args.push(`--extra-headers=${path.join(dir, "headers.json")}`);
    }
    execFileSync("npx", args, { stdio: "ignore", env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, timeout: 180_000 });
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as Report;
    const score = (c: keyof Report["categories"]) => Math.round(report.categories[c].score * 100);
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: report.audits["largest-contentful-paint"].numericValue,
      tbtMs: report.audits["total-blocking-time"].numericValue,
      cls: report.audits["cumulative-layout-shift"].numericValue,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const lighthouseRow = (name: string, s: LighthouseScores) =>
  `| ${name} | ${s.performance} | ${(s.lcpMs / 1000).toFixed(1)} s | ${Math.round(s.tbtMs)} ms | ${s.cls.toFixed(2)} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`;

export const LIGHTHOUSE_HEADER = [
  "| page | performance | LCP | TBT | CLS | accessibility | best practices | SEO |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) {
    console.error("usage: npx tsx lib/cli/lighthouse.ts <base-url> <path>…");
    process.exit(2);
  }
  const rows = paths.map((p) => ({ p, s: lighthouse(`${base}${p}`, process.env.LIGHTHOUSE_COOKIE) }));
  console.info([...LIGHTHOUSE_HEADER, ...rows.map(({ p, s }) => lighthouseRow(p, s))].join("\n"));
}
