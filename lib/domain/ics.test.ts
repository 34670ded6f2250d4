import { describe, expect, it } from "vitest";
import { paymentCalendarIcs } from "./ics";
import { paymentCalendar } from "./payment-dates";

const texts = {
  summary: "Utbetaling av pensjon",
  summaryEstimated: "Utbetaling av pensjon (anslått dato)",
  description: "Pengene er på konto; banken bestemmer tidspunktet, og det kan ta tid.",
};

describe("payment calendar as iCalendar", () => {
  const ics = paymentCalendarIcs(paymentCalendar(2025, "2026-11-12"), texts, new Date("2026-11-12T10:00:00Z"));
  const unfolded = ics.replace(/\r\n /g, "");

  it("has twelve all-day events on the payment dates, with stable ids", () => {
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(unfolded).toContain("DTSTART;VALUE=DATE:20250416\r\nDTEND;VALUE=DATE:20250417");
    expect(unfolded).toContain("UID:pensjon-utbetaling-2025-12@dinpensjon.nav.no");
    expect(unfolded).toContain("DTSTAMP:20261112T100000Z");
  });

  it("labels estimated dates and escapes text", () => {
    expect(unfolded).not.toContain("anslått");
    const estimated = paymentCalendarIcs(paymentCalendar(2027, "2026-11-12"), texts, new Date()).replace(/\r\n /g, "");
    expect(estimated.match(/SUMMARY:Utbetaling av pensjon \(anslått dato\)/g)).toHaveLength(12);
    expect(unfolded).toContain("banken bestemmer tidspunktet\\, og det kan ta tid.");
  });

  it("uses CRLF and folds long lines at 75 octets", () => {
    expect(ics.split("\r\n").every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  });
});
