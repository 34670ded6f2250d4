import fs from "node:fs";
import path from "node:path";

export type Locale = "nb" | "nn" | "en";
const read = (locale: Locale): unknown => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../lib/i18n/messages", `${locale}.json`), "utf8"));

/**
 * The portal's own texts in a language, for tests that run the same journey
 * in nb, nn and en: `t("payments.heading")`, with `{name}` placeholders filled.
 * A key that is missing fails the test at once, so a text that was never
 * translated cannot pass unnoticed.
 */
export function texts(locale: Locale) {
  return (key: string, params: Record<string, string> = {}): string => {
    let value: unknown = read(locale);
    for (const part of key.split(".")) value = (value as Record<string, unknown> | undefined)?.[part];
    if (typeof value !== "string") throw new Error(`No text ${key} in ${locale}`);
    return value.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  };
}

/** A pattern for a text with placeholders: the fixed parts exact, each placeholder anything. */
export function pattern(text: string): RegExp {
  const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join(".+")}$`);
}
