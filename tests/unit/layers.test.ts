import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layer rules in eslint.config.mjs, tried on code that breaks them: if a
// rule is weakened or lost, this fails (docs/adr/0011-tools-hold-the-layers.md).
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function restricted(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layers enforced by ESLint", () => {
  it("keep domain rules pure: no Node, framework, database or pages", async () => {
    for (const source of ["node:fs", "react", "next/headers", "@/lib/server/db", "../server/data/payments", "@prisma/client", "@/components/PageShell"]) {
      expect(await restricted("lib/domain/probe.ts", `import x from "${source}";\nexport const y = x;\n`), source).toHaveLength(1);
    }
    expect(await restricted("lib/domain/probe.ts", `import { addMonths } from "./calendar";\nexport const y = addMonths;\n`)).toEqual([]);
  });

  it("keep Prisma and the database out of pages and components", async () => {
    for (const file of ["app/probe/page.tsx", "components/Probe.tsx"]) {
      expect(await restricted(file, `import { PrismaClient } from "@/generated/prisma/client";\nexport const y = PrismaClient;\n`), file).toHaveLength(1);
      expect(await restricted(file, `import { createPrisma } from "@/lib/db/client";\nexport const y = createPrisma;\n`), file).toHaveLength(1);
    }
    expect(await restricted("app/probe/page.tsx", `import { db } from "@/lib/server/db";\nexport const y = db;\n`)).toHaveLength(1);
    expect(await restricted("app/probe/page.tsx", `import { listCases } from "@/lib/server/data/cases";\nexport const y = listCases;\n`)).toEqual([]);
  });

  it("keep server code from importing pages or components", async () => {
    expect(await restricted("lib/server/probe.ts", `import { PageShell } from "@/components/PageShell";\nexport const y = PageShell;\n`)).toHaveLength(1);
  });
});
