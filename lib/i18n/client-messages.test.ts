import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nb from "./messages/nb.json";
import { CLIENT_NAMESPACES, clientMessages } from "./client-messages";

const root = path.resolve(import.meta.dirname, "../..");

function clientComponents(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return clientComponents(p);
    if (!/\.tsx?$/.test(e.name)) return [];
    return /^["']use client["']/m.test(fs.readFileSync(p, "utf8")) ? [p] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component reads", () => {
    const used = new Set<string>();
    for (const file of [...clientComponents(path.join(root, "app")), ...clientComponents(path.join(root, "components"))]) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const ns of used) expect(CLIENT_NAMESPACES, `${ns} is read in the browser`).toContain(ns);
  });

  it("hold only those namespaces, nested as before", () => {
    const picked = clientMessages(nb);
    expect(Object.keys(picked).sort()).toEqual(["account", "drawGrade", "forms", "inbox", "lifeChange", "powers", "rightsRequest", "tax"]);
    expect(picked.tax).toEqual({ form: nb.tax.form });
    expect(Object.keys(picked.powers as object).sort()).toEqual(["give", "revoke", "scopes"]);
    expect(Object.keys(picked.inbox as object)).toEqual(["form"]);
    expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(nb).length / 3);
  });
});
