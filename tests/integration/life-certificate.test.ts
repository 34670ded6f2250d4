import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { verifierRoutes } from "@/lib/mock-idporten/verifier";
import { beginDigitalCertificate, finishDigitalCertificate, lifeCertificates, openLifeCertificate } from "@/lib/server/data/life-certificate";
import { exportPersonData } from "@/lib/server/data/export";
import { CURRENT_TEXT_VERSION } from "@/lib/domain/consents";
import { userFor } from "../support/users";

const TODAY = "2026-11-12";
let server: http.Server;
let base: string;

const readForm = (req: http.IncomingMessage) =>
  new Promise<URLSearchParams>((resolve) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => resolve(new URLSearchParams(body)));
  });

/** Plays the browser at the mock provider: finishes the check with the outcome asked for. */
async function checkAtProvider(session: string, outcome: string) {
  const res = await fetch(`${base}/verify/finish`, {
    method: "POST",
    body: new URLSearchParams({ session, outcome, document: "PASSPORT" }),
    redirect: "manual",
  });
  expect(res.status).toBe(303);
}

beforeAll(async () => {
  server = http.createServer((req, res) => void verifierRoutes(req, res, "http://portal.invalid", readForm));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.LIFE_CERTIFICATE_VERIFIER_URL = base;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the digital life certificate", () => {
  it("leaves the request open on a face mismatch, an expired document or a provider that is down, and approves it on success", async () => {
    const olav = await userFor("abroad");
    expect((await openLifeCertificate(olav, TODAY))?.state).toBe("REQUESTED");

    for (const outcome of ["faceMismatch", "expiredDocument", "unavailable"] as const) {
      const id = (await beginDigitalCertificate(olav))!;
      await checkAtProvider(id, outcome);
      expect(await finishDigitalCertificate(olav, id)).toBe(outcome);
      expect((await openLifeCertificate(olav, TODAY))?.state).toBe("REQUESTED");
    }

    const id = (await beginDigitalCertificate(olav))!;
    // Someone else cannot finish Olav's check, and a made-up id finds nothing.
    expect(await finishDigitalCertificate(await userFor("full"), id)).toBe("unknown");
    expect(await finishDigitalCertificate(olav, "0".repeat(32))).toBe("unknown");
    await checkAtProvider(id, "success");
    expect(await finishDigitalCertificate(olav, id)).toBe("success");
    // The provider has forgotten it, and a second send of the same check changes nothing.
    expect(await finishDigitalCertificate(olav, id)).toBe("unknown");

    const all = await lifeCertificates(olav, TODAY);
    expect(all[0]).toMatchObject({ state: "APPROVED", method: "DIGITAL" });
    expect(await openLifeCertificate(olav, TODAY)).toBeNull();
    const consent = await db().consentEvent.findFirst({ where: { personId: olav.personId, purpose: "DIGITAL_LIFE_CERTIFICATE" }, orderBy: { at: "desc" } });
    expect(consent).toMatchObject({ action: "GRANTED", textVersion: CURRENT_TEXT_VERSION.DIGITAL_LIFE_CERTIFICATE });
    expect(await db().case.count({ where: { personId: olav.personId, type: "LIFE_CERTIFICATE" } })).toBe(1);
    // Only the outcome is kept: no document data or images anywhere, and the export shows the status.
    const exported = await exportPersonData(olav, new Date());
    expect(exported.lifeCertificateRequests[0]).toMatchObject({ status: "APPROVED", method: "DIGITAL" });
    expect(JSON.stringify(exported)).not.toMatch(/PASSPORT|ID_CARD|verificationId/);
  });

  it("says the provider is unavailable when it cannot be reached at all", async () => {
    const olav = await userFor("abroad");
    await db().lifeCertificateRequest.create({ data: { personId: olav.personId, requestedAt: new Date(), dueBy: new Date("2026-10-01") } });
    expect((await openLifeCertificate(olav, TODAY))?.state).toBe("OVERDUE");
    const id = (await beginDigitalCertificate(olav))!;
    const saved = process.env.LIFE_CERTIFICATE_VERIFIER_URL;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(await finishDigitalCertificate(olav, id)).toBe("unavailable");
    expect((await openLifeCertificate(olav, TODAY))?.state).toBe("OVERDUE");
    server.listen(Number(new URL(saved!).port), "127.0.0.1");
  });
});
