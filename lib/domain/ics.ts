import { addDays, type IsoDate } from "./calendar";
import { type PaymentDate } from "./payment-dates";

export type IcsTexts = { summary: string; summaryEstimated: string; description: string };

/** RFC 5545 text escaping, and lines folded at 75 octets. */
const escape = (s: string) => s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");

function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + (parts.length ? 74 : 75), bytes.length);
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--; // never split a UTF-8 character
    parts.push(bytes.subarray(start, end).toString("utf8"));
    start = end;
  }
  return parts.join("\r\n ");
}

const compact = (date: IsoDate) => date.replace(/-/g, "");

/** An all-day event per payment date; estimated dates say so in the title. Stable UIDs let calendars update them. */
export function paymentCalendarIcs(dates: Array<PaymentDate & { month: string }>, texts: IcsTexts, stamp: Date): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const events = dates.flatMap((d) => [
    "BEGIN:VEVENT",
    `UID:pensjon-utbetaling-${d.month}@dinpensjon.nav.no`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compact(d.date)}`,
    `DTEND;VALUE=DATE:${compact(addDays(d.date, 1))}`,
    `SUMMARY:${escape(d.estimated ? texts.summaryEstimated : texts.summary)}`,
    `DESCRIPTION:${escape(texts.description)}`,
    "TRANSP:TRANSPARENT",
    "END:VEVENT",
  ]);
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Nav//Din pensjon//NO", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", ...events, "END:VCALENDAR"];
  return lines.map(fold).join("\r\n") + "\r\n";
}
