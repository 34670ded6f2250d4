/**
 * Where a CPU profile's time went: `npx tsx lib/cli/profile-summary.ts FILE.cpuprofile [N]`.
 * Sums self time by function and by package (or by the portal's own code), so
 * the top costs of a server profile (`npm run bench -- --profile`) can be read
 * and written down. Prints the N biggest of each (default 15).
 */
import fs from "node:fs";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** "react-dom", "next", "@navikt/ds-react", "(portal)" for the app's own chunks, "(node)" for Node's internals. */
export function packageOf(url: string): string {
  if (!url) return "(native/idle)";
  if (url.startsWith("node:")) return "(node)";
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  if (/\.next\/server\//.test(url)) return "(portal, bundled)";
  return "(other)";
}

export function summarize(profile: Profile, top = 15) {
  const byNode = new Map<number, Node>(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byNode.get(id)!.callFrame;
    const name = `${functionName || "(anonymous)"} ${url ? `${url.replace(/^.*\/(node_modules|\.next)\//, "$1/")}:${lineNumber + 1}` : ""}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => ({ what: k, ms: Math.round(ms), share: Math.round((1000 * ms) / total) / 10 }));
  return { totalMs: Math.round(total), byPackage: rank(byPackage), byFunction: rank(byFunction) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, n] = process.argv.slice(2);
  if (!file) {
    console.error("usage: tsx lib/cli/profile-summary.ts FILE.cpuprofile [N]");
    process.exit(2);
  }
  const s = summarize(JSON.parse(fs.readFileSync(file, "utf8")) as Profile, Number(n ?? 15));
  console.info(`total sampled: ${s.totalMs} ms`);
  console.info("\nself time by package:");
  for (const r of s.byPackage) console.info(`${String(r.ms).padStart(8)} ms ${String(r.share).padStart(5)} %  ${r.what}`);
  console.info("\nself time by function:");
  for (const r of s.byFunction) console.info(`${String(r.ms).padStart(8)} ms ${String(r.share).padStart(5)} %  ${r.what}`);
}
