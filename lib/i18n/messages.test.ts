import { describe, expect, it } from "vitest";
import nb from "./messages/nb.json";
import en from "./messages/en.json";
import nn from "./messages/nn.json";
import { ERROR_TEXTS } from "./error-texts";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[prefix + k, v]] : Object.entries(flatten(v, `${prefix}${k}.`)))));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const a = flatten(nb as Tree);
  const others = { en: flatten(en as Tree), nn: flatten(nn as Tree) };

  it("bokmål, nynorsk and English have exactly the same keys", () => {
    for (const [lang, b] of Object.entries(others)) expect(Object.keys(b).sort(), lang).toEqual(Object.keys(a).sort());
  });

  it("every text is filled in and uses the same placeholders in every language", () => {
    for (const [lang, b] of Object.entries(others)) {
      for (const key of Object.keys(a)) {
        expect(a[key].trim(), key).not.toBe("");
        expect(b[key].trim(), `${lang}: ${key}`).not.toBe("");
        expect(placeholders(b[key]), `${lang}: ${key}`).toEqual(placeholders(a[key]));
      }
    }
  });

  it("nynorsk is nynorsk: common bokmål-only words do not appear", () => {
    // Words that exist in bokmål but not in nynorsk; a text copied from bokmål would show them.
    const bokmaal =
      /\b(ikke|hvis|hvordan|hvorfor|hvilke|hvem|hva|noen|mye|også ikke|fra|kommer|dager|måneder|utbetalinger|siden du|deg selv|ennå|gjøre|være|skrevet)\b/i;
    const offenders = Object.entries(others.nn).filter(([, text]) => bokmaal.test(text));
    expect(offenders.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it("the error pages have their texts in every language", () => {
    for (const locale of LOCALES) expect(Object.keys(ERROR_TEXTS[locale]).sort()).toEqual(Object.keys(ERROR_TEXTS.nb).sort());
  });
});
