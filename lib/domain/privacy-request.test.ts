import { describe, expect, it } from "vitest";
import { answerDeadline, privacyRequestForm } from "./privacy-request";

describe("a request to exercise a right", () => {
  it("needs a right, an item and a reason of 10 to 2000 characters; every problem is reported", () => {
    const r = privacyRequestForm.safeParse({ right: "", item: "", reason: "kort" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${String(i.path[0])}:${i.message}`)).toEqual(["right:rightRequired", "item:itemRequired", "reason:reasonShort"]);
    expect(privacyRequestForm.safeParse({ right: "ERASURE", item: "CONTACT", reason: "x".repeat(2001) }).error!.issues[0].message).toBe("reasonLong");
    expect(privacyRequestForm.safeParse({ right: "RECTIFICATION", item: "ADDRESS", reason: "  Adressen min er feil.  " }).data).toEqual({
      right: "RECTIFICATION",
      item: "ADDRESS",
      reason: "Adressen min er feil.",
    });
  });

  it("is answered within 30 days", () => {
    expect(answerDeadline("2026-11-12")).toBe("2026-12-12");
    expect(answerDeadline("2026-12-15")).toBe("2027-01-14");
  });
});
