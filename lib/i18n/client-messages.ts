/**
 * The only message namespaces client components read (useTranslations in
 * components marked "use client": the forms). Everything else is rendered on
 * the server and never sent to the browser. Only pages with a form carry the
 * provider (components/form/FormMessages.tsx), so other pages send neither
 * these messages nor next-intl's client code.
 * A test checks that each client component's namespace is listed here.
 */
export const CLIENT_NAMESPACES = [
  "forms",
  "account.form",
  "drawGrade.summary",
  "tax.form",
  "rightsRequest",
  "powers.give",
  "powers.scopes",
  "powers.revoke",
  "inbox.form",
  "lifeChange.form",
] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

type Messages = { [key: string]: string | Messages };

/** The part of the messages that client components need, with the nesting kept. */
export function clientMessages(all: Messages): Messages {
  const picked: Messages = {};
  for (const path of CLIENT_NAMESPACES) {
    const keys = path.split(".");
    let from: Messages | string | undefined = all;
    for (const k of keys) from = typeof from === "object" ? from[k] : undefined;
    if (from === undefined) throw new Error(`No messages under ${path}`);
    let into = picked;
    for (const k of keys.slice(0, -1)) into = (into[k] ??= {}) as Messages;
    into[keys[keys.length - 1]] = from;
  }
  return picked;
}
