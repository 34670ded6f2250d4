import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answerDueBy, replyForm, writeForm } from "./messages";
import { isWorkingDay } from "./holidays";
import { addDays, daysBetween } from "./calendar";
import { dayOf } from "./calendar";

describe("the answer is due three working days after sending", () => {
  it("counts only working days", () => {
    expect(answerDueBy("2026-11-23")).toBe("2026-11-26"); // Monday → Thursday
    expect(answerDueBy("2026-11-26")).toBe("2026-12-01"); // Thursday → Tuesday, over a weekend
    expect(answerDueBy("2026-11-28")).toBe("2026-12-02"); // sent on a Saturday
  });

  it("skips Easter and Christmas", () => {
    expect(answerDueBy("2026-04-01")).toBe("2026-04-09"); // Maundy Thursday, Good Friday and Easter Monday are holidays
    expect(answerDueBy("2026-12-23")).toBe("2026-12-29"); // the 24th is a working day; the 25th is a holiday and the 26th a Saturday
  });

  it("always lands on a working day, after exactly three of them, within two weeks", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }), (d) => {
        const sent = dayOf(d);
        const due = answerDueBy(sent);
        expect(isWorkingDay(due)).toBe(true);
        const between = Array.from({ length: daysBetween(sent, due) }, (_, i) => addDays(sent, i + 1)).filter(isWorkingDay);
        expect(between).toHaveLength(3);
        expect(daysBetween(sent, due)).toBeLessThanOrEqual(14);
      }),
    );
  });
});

describe("the message forms", () => {
  const codes = (r: { success: boolean; error?: { issues: Array<{ message: string }> } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

  it("need a topic and a text of some length", () => {
    expect(codes(writeForm.safeParse({ topic: "", text: "" }))).toEqual(["topicRequired", "textRequired"]);
    expect(codes(writeForm.safeParse({ topic: "TAX", text: "  hei  " }))).toEqual(["textShort"]);
    expect(codes(writeForm.safeParse({ topic: "TAX", text: "x".repeat(4001) }))).toEqual(["textLong"]);
    expect(writeForm.parse({ topic: "TAX", text: "  Hvorfor ble det trukket mer skatt i november?  " }).text).toBe(
      "Hvorfor ble det trukket mer skatt i november?",
    );
  });

  it("answer only in a conversation named by its id", () => {
    expect(codes(replyForm.safeParse({ thread: "../x", text: "Takk for svaret, det hjelper." }))).toEqual(["threadUnknown"]);
  });
});
