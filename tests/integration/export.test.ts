import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { EXPORT_COVERAGE, exportPersonData } from "@/lib/server/data/export";
import { userFor } from "../support/users";

describe("the data export", () => {
  it("covers every table: a new table fails here until it is exported or its exclusion explained", () => {
    expect(Object.keys(EXPORT_COVERAGE).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("contains the person's data in every exported section, and nobody else's", async () => {
    const user = await userFor("care-home");
    const data = JSON.parse(JSON.stringify(await exportPersonData(user, new Date("2026-11-12T10:00:00Z"))));
    for (const [model, path] of Object.entries(EXPORT_COVERAGE)) {
      if (typeof path !== "string") continue;
      const [top, nested] = path.split("[].");
      const section = data[top];
      expect(section, model).toBeDefined();
      if (nested)
        expect(
          section.some((row: Record<string, unknown[]>) => Array.isArray(row[nested])),
          model,
        ).toBe(true);
    }
    expect(data.person.givenName).toBe("Solveig");
    expect(data.payments.length).toBeGreaterThan(100);
    expect(data.payments[0].lines.length).toBeGreaterThan(0);
    expect(data.institutionStays[0]).toMatchObject({ kind: "CARE_HOME", municipality: "Trondheim kommune" });
    expect(data.consentEvents.map((e: { action: string }) => e.action).sort()).toEqual(["GRANTED", "WITHDRAWN"]);
    expect(data.powersOfAttorney.granted[0].attorney).toEqual({ givenName: "Eva", familyName: "Berg" });
    expect(data.accessLog.every((e: { subjectId: string }) => e.subjectId === user.personId)).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/idempotencyKey|idTokenHint/);
  });
});
