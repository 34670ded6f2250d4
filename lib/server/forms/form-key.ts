import "server-only";
import crypto from "node:crypto";
import { config } from "../config";
import { type User } from "../auth/current-user";

/** A tag for whose data a form was opened for, without saying who: the same person gives the same tag. */
function subjectTag(personId: string): string {
  return crypto.createHmac("sha256", config().authSecret).update(`form-subject|${personId}`).digest("base64url").slice(0, 16);
}

/**
 * The key a page puts in a form: a fresh idempotency key, bound to the person
 * whose data the form was opened for. Someone who switches person in another
 * tab and then sends the old form is stopped instead of changing the wrong
 * person's data.
 */
export function formKey(user: User): string {
  return `${crypto.randomUUID()}.${subjectTag(user.personId)}`;
}

/** Whether a key's tag names the person the user now acts for. */
export function keyFitsSubject(tag: string, user: User): boolean {
  const expected = Buffer.from(subjectTag(user.personId));
  const given = Buffer.from(tag);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}
