import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";

/**
 * How Nav reaches the person, from the contact register (KRR): notices by SMS
 * and e-mail, or, for someone reserved against digital communication, letters
 * by post and no notices. Shown beside the messages so nobody wonders.
 */
export async function contactChannels(user: User) {
  const p = await db().person.findUniqueOrThrow({ where: { id: user.personId }, select: { email: true, phone: true, reservedDigital: true } });
  await logAccess(user, "MESSAGES", ["PERSON"]);
  return p.reservedDigital ? { reserved: true as const } : { reserved: false as const, email: p.email, phone: p.phone };
}
