import "server-only";
import { after } from "next/server";
import { logError } from "../log";
import { currentRequest } from "../request-scope";
import { refuse } from "../refuse";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { allows, type Need } from "../../domain/representation";

/** The kinds of data a read can touch; shown to the user in the privacy centre. */
export type DataKind = "PERSON" | "PENSION" | "PAYMENTS" | "TAX" | "BANK_ACCOUNT" | "CASES" | "LETTERS" | "MESSAGES" | "CONSENTS" | "ACCESS_LOG" | "POWERS";

/** What a refused representative tried to reach, as the person sees it in their log. */
const REFUSED_KIND: Record<Need, DataKind> = {
  READ_PAYMENTS: "PAYMENTS",
  CHANGE_VOLUNTARY_TAX: "TAX",
  APPLY_DRAW_GRADE: "PENSION",
  CHANGE_BANK_ACCOUNT: "BANK_ACCOUNT",
  MESSAGES: "MESSAGES",
  CASES_LETTERS: "CASES",
  SELF: "PERSON",
};

/** Who did it, as the access log records it: the person, or the representative with the kind of power. */
export function actorOf(user: User) {
  return user.acting
    ? { actorKind: "REPRESENTATIVE" as const, actorPersonId: user.actorId, actorLabel: user.acting.kind }
    : { actorKind: "SELF" as const, actorPersonId: null, actorLabel: null };
}

/**
 * The gate every read and change of a person's data passes: the person
 * themself may do anything; someone acting for them only what their mandate
 * holds. A refusal is written to the person's access log and answered with
 * the 403 page, so what the scope does not allow is never read or changed.
 */
export async function authorize(user: User, need: Need): Promise<void> {
  if (allows(user.acting, need)) return;
  await recordRefusal(user, need);
  refuse();
}

/** Writes a refusal to the person's access log: who tried to reach what. */
export async function recordRefusal(user: User, need: Need): Promise<void> {
  await db().accessLog.create({ data: { subjectId: user.personId, ...actorOf(user), dataKind: REFUSED_KIND[need], purpose: "REFUSED" } });
}

/** Whether the user may do what `need` names; for pages that leave out what is not allowed. */
export const may = (user: User, need: Need): boolean => allows(user.acting, need);

type AccessRow = { subjectId: string; dataKind: DataKind; purpose: string } & ReturnType<typeof actorOf>;

/**
 * One statement either way: Prisma wraps `createMany` in a transaction (three
 * round trips), so the common case, one kind of data, is a plain insert.
 */
async function writeRows(rows: AccessRow[]): Promise<void> {
  if (rows.length === 1) await db().accessLog.create({ data: rows[0]!, select: { id: true } });
  else if (rows.length > 1) await db().accessLog.createMany({ data: rows });
}

/** Each request's reads so far, keyed by the request's own headers object: gone with the request. */
const pending = new WeakMap<object, Map<string, AccessRow>>();

/**
 * Checks that the user may read what they asked for (`need`; "CHECKED" when
 * the caller has just called authorize() with a rule of its own), then records
 * that the portal read the person's data, and for whom. Append-only at the
 * database level (a trigger refuses update and delete).
 *
 * Within a request, the reads are gathered and written in one statement when
 * the answer has been sent (`after`): one row per kind of data, however many
 * data functions read it (the overview reads five). Outside a request (jobs,
 * tests calling the data layer) the rows are written at once.
 */
export async function logAccess(user: User, need: Need | "CHECKED", kinds: DataKind[], purpose = "SELF_SERVICE"): Promise<void> {
  if (need !== "CHECKED") await authorize(user, need);
  const actor = actorOf(user);
  const rows: AccessRow[] = kinds.map((dataKind) => ({ subjectId: user.personId, ...actor, dataKind, purpose }));
  const scope = await currentRequest();
  if (!scope) {
    await writeRows(rows);
    return;
  }
  let batch = pending.get(scope);
  if (!batch) {
    const rowsOfRequest = new Map<string, AccessRow>();
    pending.set(scope, rowsOfRequest);
    after(() =>
      writeRows([...rowsOfRequest.values()]).then(
        () => undefined,
        (error: unknown) => logError("access log not written", error),
      ),
    );
    batch = rowsOfRequest;
  }
  for (const row of rows) batch.set([row.subjectId, row.actorKind, row.actorPersonId, row.dataKind, row.purpose].join("|"), row);
}
