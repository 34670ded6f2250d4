import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { changeReceipt, hasAfp, reportChange } from "@/lib/server/data/life-changes";
import { exportPersonData } from "@/lib/server/data/export";
import { actingUser, userFor } from "../support/users";
import { newPerson } from "../support/factories";
import { dayOf } from "@/lib/domain/calendar";

const TODAY = "2026-11-12";
const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };

describe("reporting a change", () => {
  it("saves a change once as a case for a caseworker, with what usually happens and who is told", async () => {
    const user = await newPerson("Melder");
    const key = crypto.randomUUID();
    const change = { kind: "PRISON" as const, fromDate: "2026-12-01", atHome: false, providesForChildren: true, providesForSpouse: false };
    const [a, b] = await Promise.all([
      reportChange(user, change, { idempotencyKey: key, today: TODAY, afp: false }),
      reportChange(user, change, { idempotencyKey: key, today: TODAY, afp: false }),
    ]);
    expect(a).toEqual(b);
    const id = (a as { caseId: string }).caseId;
    expect(await db().case.count({ where: { personId: user.personId, type: "LIFE_CHANGE" } })).toBe(1);
    const receipt = await changeReceipt(user, id);
    expect(receipt?.effects.map((e) => e.code)).toEqual(["paidTwoMonths", "halfFrom", "backAfterRelease"]);
    expect(receipt?.informed).toEqual(["ATTENDANCE"]);
    expect(receipt?.fromRegister).toBe(false);
    expect(receipt?.answerDeadline && dayOf(receipt.answerDeadline)).toBe("2026-12-10");
    // The change is part of the person's data everywhere: the export holds it, and the change is in the access log.
    const exported = await exportPersonData(user, new Date());
    expect(JSON.stringify(exported.cases)).toContain("PRISON");
    expect(await db().accessLog.count({ where: { subjectId: user.personId, purpose: "CHANGE", dataKind: "PERSON" } })).toBeGreaterThan(0);
  });

  it("shows a receipt only to its own person, and keeps the reporting for the person themself", async () => {
    const owner = await newPerson("Eier");
    const result = await reportChange(
      owner,
      { kind: "HOSPITAL", fromDate: "2026-11-01", institution: "Ullevål" },
      { idempotencyKey: crypto.randomUUID(), today: TODAY, afp: false },
    );
    const id = (result as { caseId: string }).caseId;
    expect(await changeReceipt(await userFor("full"), id)).toBeNull();
    // Someone acting for another person can neither read a receipt nor report a change for them.
    const guardian = await actingUser("guardian", "long-history");
    await expect(changeReceipt(guardian, id)).rejects.toMatchObject(FORBIDDEN);
    await expect(
      reportChange(guardian, { kind: "MOVE_TO_NORWAY", fromDate: "2026-12-01" }, { idempotencyKey: crypto.randomUUID(), today: TODAY, afp: false }),
    ).rejects.toMatchObject(FORBIDDEN);
    expect(await hasAfp(owner)).toBe(false);
  });
});
