import { describe, expect, it } from "vitest";
import { accessLogPage, consentsOverview, setConsent } from "@/lib/server/data/privacy";
import { db } from "@/lib/server/db";
import { userFor } from "../support/users";

describe("consents", () => {
  it("withdrawing takes effect at once and both grant and withdrawal stay in the history", async () => {
    const user = await userFor("full");
    const before = await consentsOverview(user);
    expect(before.purposes.find((p) => p.purpose === "USER_RESEARCH")?.given).toBe(true);
    expect(await setConsent(user, "USER_RESEARCH", false)).toBe("changed");
    expect(await setConsent(user, "USER_RESEARCH", false)).toBe("unchanged");
    const after = await consentsOverview(user);
    expect(after.purposes.find((p) => p.purpose === "USER_RESEARCH")?.given).toBe(false);
    expect(after.history.filter((e) => e.purpose === "USER_RESEARCH").map((e) => e.action)).toEqual(["WITHDRAWN", "GRANTED"]);
    expect(await setConsent(user, "DIGITAL_LIFE_CERTIFICATE", true)).toBe("changed");
    expect((await consentsOverview(user)).purposes.find((p) => p.purpose === "DIGITAL_LIFE_CERTIFICATE")?.latest?.textVersion).toBe("leveattest-2026-1");
  });

  it("only ever shows the person's own consents", async () => {
    const user = await userFor("representative");
    expect((await consentsOverview(user)).history).toEqual([]);
  });
});

describe("who has looked at my data", () => {
  it("shows others' lookups, filters by who, and logs its own reading without recursion", async () => {
    const user = await userFor("care-home");
    const all = await accessLogPage(user, { actor: "ALL", page: 1 });
    const caseworkers = await accessLogPage(user, { actor: "CASEWORKER", page: 1 });
    expect(caseworkers.entries.length).toBeGreaterThanOrEqual(2);
    expect(caseworkers.entries.every((e) => e.actorKind === "CASEWORKER" && e.actorLabel)).toBe(true);
    const again = await accessLogPage(user, { actor: "ALL", page: 1 });
    expect(again.total).toBe(all.total + 2); // the two reads above were logged, once each
    expect(again.entries[0]).toMatchObject({ actorKind: "SELF", dataKind: "ACCESS_LOG", purpose: "PRIVACY_INSIGHT" });
    const others = await db().accessLog.count({ where: { NOT: { subjectId: user.personId } } });
    expect(others).toBeGreaterThan(0);
    expect(again.entries.every((e) => e.id)).toBe(true);
  });
});
