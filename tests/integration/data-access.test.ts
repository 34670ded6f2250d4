import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { listPayments, nextPayment } from "@/lib/server/data/payments";
import { currentPension } from "@/lib/server/data/pension";
import { paymentDetail } from "@/lib/server/data/payment-detail";
import { planPayments } from "@/lib/domain/payment-plan";
import { totalsOf } from "@/lib/domain/payment-lines";
import { today } from "@/lib/clock";
import { scenarios } from "@/prisma/scenarios";
import { scenario, userFor } from "../support/users";
import { newPerson } from "../support/factories";

const TODAY = today();

describe("a person only ever sees their own data", () => {
  it("lists only the session person's payments, for every seeded person", async () => {
    const owners = new Map<string, string>();
    for (const row of await db().payment.findMany({ select: { id: true, personId: true } })) owners.set(row.id, row.personId);
    for (const s of scenarios(TODAY)) {
      const user = await userFor(s.key);
      const payments = await listPayments(user, TODAY);
      expect(
        payments.every((p) => owners.get(p.id) === user.personId),
        s.key,
      ).toBe(true);
      const expected = s.pension ? planPayments(s.pension, TODAY).filter((p) => p.date <= "2026-11-22") : [];
      expect(payments.length, s.key).toBe(expected.length);
    }
  });

  it("returns nothing for a session whose person has no pension", async () => {
    const user = await userFor("representative");
    expect(await listPayments(user, TODAY)).toEqual([]);
    expect(await currentPension(user, "2026-11")).toBeNull();
    expect(await nextPayment(user, TODAY)).toBeNull();
  });
});

describe("figures come from the stored lines, derived by the domain rules", () => {
  it("matches the payment plan to the øre for the long-history person", async () => {
    const s = scenario("long-history");
    const user = await userFor(s.key);
    const stored = await listPayments(user, TODAY);
    const planned = new Map(planPayments(s.pension!, TODAY).map((p) => [p.month, p]));
    expect(stored.length).toBeGreaterThan(130);
    for (const p of stored) {
      expect(p.totals, p.periodMonth).toEqual(totalsOf(planned.get(p.periodMonth)!.lines));
    }
  });

  it("shows the upcoming payment only from ten days before, and the next one always", async () => {
    const user = await userFor("full");
    const next = await nextPayment(user, TODAY);
    expect(next).toMatchObject({ periodMonth: "2026-11", date: "2026-11-20", amountVisible: true, upcoming: true });
    const earlier = await nextPayment(user, "2026-11-05");
    expect(earlier?.amountVisible).toBe(false);
    const listed = await listPayments(user, "2026-11-05");
    expect(listed.some((p) => p.periodMonth === "2026-11")).toBe(false);
  });

  it("reports the draw grade in force and since when", async () => {
    expect(await currentPension(await userFor("graded"), "2026-11")).toMatchObject({ grade: 50, gradeSince: "2025-08" });
    expect(await currentPension(await userFor("stopped"), "2026-11")).toMatchObject({ grade: 0, gradeSince: "2025-10" });
  });
});

describe("the last payment", () => {
  it("is the newest one already paid out, with the same figures and reasons as its own page", async () => {
    for (const key of ["full", "widowed", "graded"]) {
      const user = await userFor(key);
      const paid = (await listPayments(user, today(), { take: 4 })).filter((p) => !p.upcoming);
      const last = await paymentDetail(user, today(), "last paid");
      expect(last?.periodMonth, key).toBe(paid[0].periodMonth);
      expect(last).toEqual(await paymentDetail(user, today(), paid[0].periodMonth));
    }
  });

  it("is compared with the payment before its day when two were paid on the same day", async () => {
    const user = await newPerson("Sammedag");
    const pension = await db().pension.create({
      data: { personId: user.personId, type: "ALDERSPENSJON", startMonth: "2026-08", fullAmountAtStartOre: 2_000_000 },
      select: { id: true },
    });
    // August and September paid on their own days; October and November together on 20 October.
    const paidOn = { "2026-08": "2026-08-20", "2026-09": "2026-09-21", "2026-10": "2026-10-20", "2026-11": "2026-10-20" };
    for (const [i, [periodMonth, date]] of Object.entries(paidOn).entries()) {
      await db().payment.create({
        data: {
          personId: user.personId,
          pensionId: pension.id,
          periodMonth,
          paymentDate: new Date(`${date}T00:00:00Z`),
          estimatedDate: false,
          lines: { create: [{ position: 0, type: "PENSION", code: "retirementPension", amountOre: 2_000_000 + i * 10_000 }] },
        },
      });
    }
    const last = await paymentDetail(user, "2026-10-25", "last paid");
    expect(last?.date).toBe("2026-10-20");
    expect(last?.previousMonth).toBe("2026-09");
    expect(last?.nextMonth).toBeNull();
    expect(last).toEqual(await paymentDetail(user, "2026-10-25", last!.periodMonth));
    // Before the shared day, the last one paid is September's, compared with August's.
    const earlier = await paymentDetail(user, "2026-09-25", "last paid");
    expect(earlier).toMatchObject({ periodMonth: "2026-09", previousMonth: "2026-08", nextMonth: null });
    expect(earlier).toEqual(await paymentDetail(user, "2026-09-25", "2026-09"));
  });
});

describe("the access log", () => {
  it("records every read with who, acting as what, which data and when", async () => {
    const user = await userFor("care-home");
    const before = await db().accessLog.count({ where: { subjectId: user.personId, actorKind: "SELF" } });
    await listPayments(user, TODAY);
    await currentPension(user, "2026-11");
    const entries = await db().accessLog.findMany({
      where: { subjectId: user.personId, actorKind: "SELF" },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(await db().accessLog.count({ where: { subjectId: user.personId, actorKind: "SELF" } })).toBe(before + 2);
    expect(entries.map((e) => e.dataKind).sort()).toEqual(["PAYMENTS", "PENSION"]);
    expect(entries.every((e) => e.purpose === "SELF_SERVICE" && e.at instanceof Date)).toBe(true);
  });

  it("is append-only in the database: updates and deletes are refused", async () => {
    const entry = await db().accessLog.findFirstOrThrow();
    await expect(db().accessLog.update({ where: { id: entry.id }, data: { purpose: "tampered" } })).rejects.toThrow();
    await expect(db().accessLog.delete({ where: { id: entry.id } })).rejects.toThrow();
    await expect(db().$executeRawUnsafe(`TRUNCATE "AccessLog"`)).rejects.toThrow();
    expect((await db().accessLog.findUniqueOrThrow({ where: { id: entry.id } })).purpose).toBe(entry.purpose);
  });
});

describe("the seed", () => {
  it("gives every person a valid synthetic identity number and the December rule holds", async () => {
    const decemberTax = await db().paymentLine.count({ where: { type: "TAX", payment: { periodMonth: { endsWith: "-12" } } } });
    expect(decemberTax).toBe(0);
    const juneBackPay = await db().paymentLine.count({ where: { type: "BACK_PAY", payment: { periodMonth: { endsWith: "-06" } } } });
    expect(juneBackPay).toBeGreaterThan(10);
    expect(await db().paymentLine.count({ where: { type: "BACK_PAY", NOT: { payment: { periodMonth: { endsWith: "-06" } } } } })).toBe(0);
  });
});
