import { describe, expect, it } from "vitest";
import { formKey, keyFitsSubject } from "@/lib/server/forms/form-key";
import { envelope } from "@/lib/forms/fields";
import { type User } from "@/lib/server/auth/current-user";

const user = (personId: string, actorId = personId): User => ({ sessionId: "s", personId, actorId, name: "X", level: "high", acting: null });
const solveig = "0b4c0b64-1a8e-4c1e-9d0a-3f0e8f7a1b2c";
const eva = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

describe("a form's key is bound to the person it was opened for", () => {
  it("is a fresh idempotency key with a tag the envelope reads", () => {
    const a = envelope.parse({ idempotencyKey: formKey(user(solveig, eva)) });
    const b = envelope.parse({ idempotencyKey: formKey(user(solveig, eva)) });
    expect(a.idempotencyKey.key).not.toBe(b.idempotencyKey.key);
    expect(a.idempotencyKey.subject).toBe(b.idempotencyKey.subject);
  });

  it("fits the person it was opened for, and nobody else, whoever is logged in", () => {
    const { subject } = envelope.parse({ idempotencyKey: formKey(user(solveig, eva)) }).idempotencyKey;
    expect(keyFitsSubject(subject, user(solveig, eva))).toBe(true);
    expect(keyFitsSubject(subject, user(solveig))).toBe(true);
    // Eva switched back to herself in another tab: the form opened for Solveig no longer fits.
    expect(keyFitsSubject(subject, user(eva))).toBe(false);
    expect(keyFitsSubject("x".repeat(16), user(solveig))).toBe(false);
    expect(keyFitsSubject("", user(solveig))).toBe(false);
  });

  it("refuses a bare key without the tag, and anything else", () => {
    for (const bad of ["6f1d0c5e-1111-4111-8111-111111111111", `${"6f1d0c5e-1111-4111-8111-111111111111"}.short`, "not-a-key", ""]) {
      expect(envelope.safeParse({ idempotencyKey: bad }).success, bad).toBe(false);
    }
  });
});
