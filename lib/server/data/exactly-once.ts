import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";

/** Thrown inside the work when the data changed since the form was opened. */
export class Conflict extends Error {}

export type SubmitResult = { ok: true; caseId: string } | { ok: false; reason: "conflict" };

/**
 * Runs a form submission at most once per idempotency key (unique on Case).
 * A repeat (double click, back button, retry, a racing second tab of the same
 * form) returns the first case; someone else's key or a Conflict changes nothing.
 */
export async function exactlyOnce(user: User, idempotencyKey: string, work: () => Promise<string>): Promise<SubmitResult> {
  const first = () => db().case.findUnique({ where: { idempotencyKey }, select: { id: true, personId: true } });
  const existing = await first();
  if (existing) return existing.personId === user.personId ? { ok: true, caseId: existing.id } : { ok: false, reason: "conflict" };
  try {
    return { ok: true, caseId: await work() };
  } catch (error) {
    const raced = await first();
    if (raced?.personId === user.personId) return { ok: true, caseId: raced.id };
    if (error instanceof Conflict) return { ok: false, reason: "conflict" };
    throw error;
  }
}
