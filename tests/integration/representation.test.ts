import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { type User } from "@/lib/server/auth/current-user";
import { createSession, findActiveSession } from "@/lib/server/auth/sessions";
import { heldMandates, mandateBetween, setActingFor } from "@/lib/server/auth/mandates";
import { listPayments } from "@/lib/server/data/payments";
import { caseDetail, letter, listCases } from "@/lib/server/data/cases";
import { accountHistory, changeAccount } from "@/lib/server/data/bank-account";
import { registerVoluntaryTax } from "@/lib/server/data/voluntary-tax-change";
import { voluntaryTaxFrom } from "@/lib/server/data/tax";
import { exportPersonData } from "@/lib/server/data/export";
import { accessLogPage } from "@/lib/server/data/privacy";
import { givePower, powersOverview, revokePower } from "@/lib/server/data/powers";
import { type Scope } from "@/lib/domain/representation";
import { today } from "@/lib/clock";
import { actingUser, scenario, userFor } from "../support/users";
import { newPerson } from "../support/factories";

const TODAY = today();
const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };
const key = () => crypto.randomUUID();
async function powerBetween(grantor: User, attorney: User, scopes: Scope[], extra: { validTo?: string; revoked?: boolean; kind?: "GUARDIAN" } = {}) {
  return db().powerOfAttorney.create({
    data: {
      grantorId: grantor.personId,
      attorneyId: attorney.personId,
      scopes,
      kind: extra.kind ?? "POWER_OF_ATTORNEY",
      validFrom: new Date("2025-01-01"),
      validTo: extra.validTo ? new Date(extra.validTo) : null,
      revokedAt: extra.revoked ? new Date() : null,
    },
  });
}

async function actingFor(attorney: User, grantor: User): Promise<User> {
  const found = await mandateBetween(attorney.personId, grantor.personId, TODAY);
  if (!found) throw new Error("no valid power");
  return { ...attorney, personId: grantor.personId, acting: { ...found.mandate, subjectName: found.subjectName } };
}

describe("the seeded powers", () => {
  it("give Eva everything for Solveig except the bank account", async () => {
    const eva = await actingUser("representative", "care-home");
    expect(eva.acting?.kind).toBe("POWER_OF_ATTORNEY");
    expect(eva.acting?.scopes).toEqual(["READ_PAYMENTS", "CHANGE_VOLUNTARY_TAX", "APPLY_DRAW_GRADE", "MESSAGES", "CASES_LETTERS"]);
  });

  it("make Hilde Lie Arne Nilsen's guardian, with the bank account", async () => {
    const hilde = await actingUser("guardian", "long-history");
    expect(hilde.acting?.kind).toBe("GUARDIAN");
    expect(hilde.acting?.scopes).toContain("CHANGE_BANK_ACCOUNT");
  });

  it("count neither the expired nor the revoked power", async () => {
    const per = await userFor("graded");
    const ingrid = await userFor("full");
    const eva = await userFor("representative");
    const knut = await userFor("widowed");
    expect(await mandateBetween(per.personId, ingrid.personId, TODAY)).toBeNull();
    expect(await mandateBetween(eva.personId, knut.personId, TODAY)).toBeNull();
    expect((await heldMandates(eva.personId, TODAY)).map((h) => h.subjectName)).toEqual(["Solveig Berg"]);
    expect(await heldMandates(per.personId, TODAY)).toEqual([]);
  });

  it("ask a person who holds a valid power whom to act for at login, and nobody else", async () => {
    const eva = await createSession({ fnr: scenario("representative").fnr, acr: "idporten-loa-high" });
    const per = await createSession({ fnr: scenario("graded").fnr, acr: "idporten-loa-high" });
    expect(await findActiveSession(eva!)).toMatchObject({ mustChoose: true, holdsPowers: true, actingForId: null });
    expect(await findActiveSession(per!)).toMatchObject({ mustChoose: false, holdsPowers: false });
  });
});

describe("acting for someone, in the data layer", () => {
  it("reads the represented person's data and logs it as the representative's look", async () => {
    const eva = await actingUser("representative", "care-home");
    const solveig = await userFor("care-home");
    const payments = await listPayments(eva, TODAY);
    expect(payments.length).toBeGreaterThan(0);
    expect(await listPayments(solveig, TODAY)).toEqual(payments);
    const { entries } = await accessLogPage(solveig, { actor: "REPRESENTATIVE", page: 1 });
    expect(entries[0]).toMatchObject({ actorKind: "REPRESENTATIVE", actorName: "Eva Berg", actorLabel: "POWER_OF_ATTORNEY", dataKind: "PAYMENTS" });
  });

  it("refuses what the scope does not allow, writes nothing, and leaves an audit entry", async () => {
    const eva = await actingUser("representative", "care-home");
    const solveig = await userFor("care-home");
    const before = await accountHistory(solveig);
    const casesBefore = await db().case.count({ where: { personId: solveig.personId } });
    await expect(
      changeAccount(
        eva,
        { kind: "NORWEGIAN", accountNumber: "12345678903", countryCode: "NO", currency: "NOK" },
        { idempotencyKey: key(), basedOn: before.current!.id, today: TODAY },
      ),
    ).rejects.toMatchObject(FORBIDDEN);
    expect(await accountHistory(solveig)).toEqual(before);
    expect(await db().case.count({ where: { personId: solveig.personId } })).toBe(casesBefore);
    const refused = await db().accessLog.findFirst({ where: { subjectId: solveig.personId, purpose: "REFUSED" }, orderBy: { id: "desc" } });
    expect(refused).toMatchObject({ actorKind: "REPRESENTATIVE", actorPersonId: eva.actorId, dataKind: "BANK_ACCOUNT" });
  });

  it("keeps the privacy centre and the powers for the person themself, even from a guardian with every scope", async () => {
    const hilde = await actingUser("guardian", "long-history");
    await expect(exportPersonData(hilde, new Date())).rejects.toMatchObject(FORBIDDEN);
    await expect(accessLogPage(hilde, { actor: "ALL", page: 1 })).rejects.toMatchObject(FORBIDDEN);
    await expect(powersOverview(hilde, TODAY)).rejects.toMatchObject(FORBIDDEN);
  });

  it("never reaches a third person's case or letter by id", async () => {
    const eva = await actingUser("representative", "care-home");
    const arne = await userFor("long-history");
    const cases = await listCases(arne);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(await caseDetail(eva, c.id)).toBeNull();
    const letters = await db().letter.findMany({ where: { personId: arne.personId }, select: { id: true } });
    for (const l of letters) expect(await letter(eva, l.id)).toBeNull();
    // And the representative's own data is not the represented person's either.
    const evaSelf = await userFor("representative");
    expect(await listCases(eva)).not.toEqual(await listCases(evaSelf));
  });

  it("records a change made on behalf as the person's case, sent by the representative, with the letter and message to the person", async () => {
    const grantor = await newPerson("Giver");
    const attorney = await newPerson("Helper");
    await powerBetween(grantor, attorney, ["CHANGE_VOLUNTARY_TAX"]);
    const acting = await actingFor(attorney, grantor);
    const result = await registerVoluntaryTax(acting, { kind: "amount", amountOre: 20_000 }, { idempotencyKey: key(), basedOn: "none", today: TODAY });
    expect(result.ok).toBe(true);
    const caseId = (result as { caseId: string }).caseId;
    const saved = await db().case.findUniqueOrThrow({ where: { id: caseId }, include: { events: true } });
    expect(saved).toMatchObject({ personId: grantor.personId, submittedById: attorney.personId });
    expect(saved.events.find((e) => e.type === "RECEIVED")?.actor).toBe("REPRESENTATIVE");
    const message = await db().message.findFirstOrThrow({ where: { personId: grantor.personId }, orderBy: { createdAt: "desc" } });
    expect(message.body).toContain("Test Helper");
    expect(await db().message.count({ where: { personId: attorney.personId } })).toBe(0);
    // The person sees who sent it; the representative sees the receipt of their own change without the right to read cases.
    expect((await caseDetail(grantor, caseId))?.submittedBy).toBe("Test Helper");
    expect((await caseDetail(acting, caseId))?.id).toBe(caseId);
    const other = await registerVoluntaryTax(
      grantor,
      { kind: "stop" },
      { idempotencyKey: key(), basedOn: (await voluntaryTaxFrom(grantor, "2026-12"))!.id, today: TODAY },
    );
    await expect(caseDetail(acting, (other as { caseId: string }).caseId)).rejects.toMatchObject(FORBIDDEN);
    await expect(listCases(acting)).rejects.toMatchObject(FORBIDDEN);
  });

  it("lets only one of the person and the representative change the same thing from the same version", async () => {
    const grantor = await newPerson("Samtidig");
    const attorney = await newPerson("Hjelper");
    await powerBetween(grantor, attorney, ["CHANGE_VOLUNTARY_TAX"]);
    const acting = await actingFor(attorney, grantor);
    const results = await Promise.all([
      registerVoluntaryTax(grantor, { kind: "amount", amountOre: 10_000 }, { idempotencyKey: key(), basedOn: "none", today: TODAY }),
      registerVoluntaryTax(acting, { kind: "percent", percent: 5 }, { idempotencyKey: key(), basedOn: "none", today: TODAY }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "conflict" }]);
    expect(await db().voluntaryTax.count({ where: { personId: grantor.personId } })).toBe(1);
  });
});

describe("giving and revoking", () => {
  it("gives a power once per form, tells both sides, and replaces an earlier one to the same person", async () => {
    const grantor = await newPerson("Gir");
    const attorney = await newPerson("Far");
    const k = key();
    const power = { attorney: { id: attorney.personId, name: attorney.name }, scopes: ["READ_PAYMENTS", "MESSAGES"] as Scope[], validTo: "2027-12-31" };
    const first = await givePower(grantor, power, { idempotencyKey: k, today: TODAY });
    const again = await givePower(grantor, power, { idempotencyKey: k, today: TODAY });
    expect(again).toEqual(first);
    expect(await db().powerOfAttorney.count({ where: { grantorId: grantor.personId } })).toBe(1);
    expect(await db().message.count({ where: { personId: attorney.personId, subject: "Du har fått en fullmakt" } })).toBe(1);
    expect(await db().message.count({ where: { personId: grantor.personId, subject: "Du har gitt en fullmakt" } })).toBe(1);
    expect((await mandateBetween(attorney.personId, grantor.personId, TODAY))?.mandate.scopes).toEqual(["READ_PAYMENTS", "MESSAGES"]);
    await givePower(grantor, { ...power, scopes: ["CASES_LETTERS"] }, { idempotencyKey: key(), today: TODAY });
    expect((await mandateBetween(attorney.personId, grantor.personId, TODAY))?.mandate.scopes).toEqual(["CASES_LETTERS"]);
    const { granted } = await powersOverview(grantor, TODAY);
    expect(granted.map((g) => g.status).sort()).toEqual(["ACTIVE", "REVOKED"]);
  });

  it("stops a power at once, also for a session already acting on it", async () => {
    const grantor = await newPerson("Stopp");
    const attorney = await newPerson("Borte");
    const power = await powerBetween(grantor, attorney, ["READ_PAYMENTS"]);
    const sessionId = crypto.randomBytes(16).toString("hex");
    await db().authSession.create({
      data: { id: sessionId, personId: attorney.personId, acr: "idporten-loa-high", expiresAt: new Date(Date.now() + 3600_000) },
    });
    await setActingFor(sessionId, attorney.personId, grantor.personId);
    expect((await findActiveSession(sessionId))?.actingForId).toBe(grantor.personId);
    expect(await mandateBetween(attorney.personId, grantor.personId, TODAY)).not.toBeNull();
    const revoked = await revokePower(grantor, power.id, { idempotencyKey: key() });
    expect(revoked.ok).toBe(true);
    // The session still names the person, but the power no longer holds: currentUser acts for nobody.
    expect(await mandateBetween(attorney.personId, grantor.personId, TODAY)).toBeNull();
    expect(await db().message.count({ where: { personId: attorney.personId, subject: "En fullmakt er trukket tilbake" } })).toBe(1);
    // Revoking again, or someone else's power, changes nothing.
    expect(await revokePower(grantor, power.id, { idempotencyKey: key() })).toEqual({ ok: false, reason: "conflict" });
    const other = await powerBetween(await newPerson("Annen"), attorney, ["READ_PAYMENTS"]);
    expect(await revokePower(grantor, other.id, { idempotencyKey: key() })).toEqual({ ok: false, reason: "conflict" });
    expect((await db().powerOfAttorney.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).toBeNull();
  });

  it("cannot revoke a guardianship from the portal", async () => {
    const ward = await newPerson("Myndling");
    const guardian = await newPerson("Verge");
    const power = await powerBetween(ward, guardian, ["READ_PAYMENTS"], { kind: "GUARDIAN" });
    expect(await revokePower(ward, power.id, { idempotencyKey: key() })).toEqual({ ok: false, reason: "conflict" });
  });

  it("lets nobody acting for someone give or revoke that person's powers", async () => {
    const hilde = await actingUser("guardian", "long-history");
    const eva = await userFor("representative");
    await expect(
      givePower(
        hilde,
        { attorney: { id: eva.personId, name: eva.name }, scopes: ["CHANGE_BANK_ACCOUNT"], validTo: "2027-01-01" },
        { idempotencyKey: key(), today: TODAY },
      ),
    ).rejects.toMatchObject(FORBIDDEN);
    expect(await db().powerOfAttorney.count({ where: { attorneyId: eva.personId, grantorId: hilde.personId } })).toBe(0);
  });
});
