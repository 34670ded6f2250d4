import { describe, expect, it } from "vitest";
import nb from "./messages/nb.json";
import en from "./messages/en.json";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const a = flatten(nb as Tree);
  const b = flatten(en as Tree);

  it("bokmål and English have exactly the same keys", () => {
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  });

  it("every text is filled in and uses the same placeholders in both languages", () => {
    for (const key of Object.keys(a)) {
      expect(a[key].trim(), key).not.toBe("");
      expect(b[key].trim(), key).not.toBe("");
      expect(placeholders(a[key]), key).toEqual(placeholders(b[key]));
    }
  });
});
