/**
 * What must never stand in the portal's log: an identity or account number
 * (eleven digits, however they are spaced), a token, or the name or address of
 * a test person. Request ids are the portal's own UUIDs and are left out of the
 * check (a UUID's last group can be twelve digits by chance).
 */
export type KnownPerson = { givenName: string; familyName: string; fnr: string; address: { line: string }; account: { number: string } };

const NUMBER = /\b\d{6} \d{5}\b|\b\d{4}[ .]?\d{2}[ .]?\d{5}\b|\d{11}/;
const TOKEN = /\beyJ[\w-]{6,}\.[\w-]{6,}\./;

function withoutRequestIds(line: string): string {
  return line.replace(/"requestId":"[^"]*"/g, "").replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>");
}

/** Each line of the log that holds personal data or a secret, with what was found. */
export function personalDataInLog(log: string, persons: KnownPerson[]): string[] {
  const words = persons.flatMap((p) => [`${p.givenName} ${p.familyName}`, p.familyName, p.address.line, p.account.number.replace(/\s/g, "")]);
  const found: string[] = [];
  for (const raw of log.split("\n")) {
    const line = withoutRequestIds(raw);
    const number = NUMBER.exec(line)?.[0];
    if (number) found.push(`a number like an identity or account number (${number}): ${raw.slice(0, 200)}`);
    if (TOKEN.test(line)) found.push(`a token: ${raw.slice(0, 200)}`);
    for (const word of words) {
      if (new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(line)) found.push(`"${word}": ${raw.slice(0, 200)}`);
    }
  }
  return found;
}
