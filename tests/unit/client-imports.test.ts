import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * What the browser is sent: every module a client component ("use client")
 * imports, followed through the project's own files. Packages that only the
 * server needs must not be reached from there, since the bundler sends a
 * module's whole top level (a zod schema is a call, so it stays). Issue 10:
 * zod and the date rules once added 36 kB to every form page.
 */
const ROOT = process.cwd();
const SERVER_ONLY_PACKAGES = ["zod", "@prisma/client", "pg", "pino", "pdfkit", "prom-client", "@date-fns/tz", "date-fns"];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** The imports of a file that are kept at run time (`import type` is dropped by the compiler). */
function runtimeImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

function reachedPackages(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      const local = resolve(file, spec);
      if (local) walk(local);
      else if (!spec.startsWith(".") && !spec.startsWith("@/")) packages.set(spec, path.relative(ROOT, file));
    }
  };
  walk(entry);
  return packages;
}

function clientComponents(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && /^\s*["']use client["']/.test(fs.readFileSync(full, "utf8"))) found.push(full);
    }
  };
  for (const dir of ["app", "components", "lib"]) walk(path.join(ROOT, dir));
  return found;
}

describe("what client components send to the browser", () => {
  const clients = clientComponents();

  it("finds the client components (so the check below checks something)", () => {
    expect(clients.map((f) => path.relative(ROOT, f))).toContain("components/AccountForm.tsx");
  });

  it.each(clients.map((f) => [path.relative(ROOT, f), f]))("%s reaches no package that only the server needs", (_name, file) => {
    const reached = reachedPackages(file);
    const offending = SERVER_ONLY_PACKAGES.filter((p) => [...reached.keys()].some((r) => r === p || r.startsWith(`${p}/`)));
    expect(offending.map((p) => `${p} (through ${[...reached].find(([r]) => r === p || r.startsWith(`${p}/`))?.[1]})`)).toEqual([]);
  });
});
