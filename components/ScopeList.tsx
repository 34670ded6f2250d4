import { getTranslations } from "next-intl/server";
import { SCOPES, type Scope } from "@/lib/domain/representation";
import { type Locale } from "@/lib/i18n/locales";

async function names(scopes: readonly Scope[], locale?: Locale): Promise<string[]> {
  const t = locale ? await getTranslations({ locale, namespace: "powers.scopes" }) : await getTranslations("powers.scopes");
  return SCOPES.filter((s) => scopes.includes(s)).map((s) => t(s));
}

/** What a power lets someone do, as a list in the user's language, in one fixed order. */
export async function ScopeList({ scopes }: { scopes: readonly Scope[] }) {
  return (
    <ul className="scope-list">
      {(await names(scopes)).map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

/** The same as one sentence ("a, b and c"), for places where a list does not fit, such as a radio's description. */
export async function scopeSentence(scopes: readonly Scope[], locale: Locale): Promise<string> {
  // Inside a sentence, every name after the first starts in lower case.
  const all = (await names(scopes, locale)).map((n, i) => (i === 0 ? n : n.charAt(0).toLocaleLowerCase(locale) + n.slice(1)));
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(all);
}
