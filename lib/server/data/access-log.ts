import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";

/** The kinds of data a read can touch; shown to the user in the privacy centre. */
export type DataKind = "PERSON" | "PENSION" | "PAYMENTS" | "TAX" | "BANK_ACCOUNT" | "CASES" | "LETTERS" | "MESSAGES" | "CONSENTS" | "ACCESS_LOG";

/**
 * Records that the portal read a person's data on someone's behalf.
 * Append-only at the database level (a trigger refuses update and delete).
 */
export async function logAccess(user: User, subjectId: string, kinds: DataKind[], purpose = "SELF_SERVICE"): Promise<void> {
  const self = subjectId === user.personId;
  await db().accessLog.createMany({
    data: kinds.map((dataKind) => ({
      subjectId,
      actorKind: self ? ("SELF" as const) : ("REPRESENTATIVE" as const),
      actorPersonId: self ? null : user.personId,
      dataKind,
      purpose,
    })),
  });
}
