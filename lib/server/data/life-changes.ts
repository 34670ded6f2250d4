import "server-only";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { addDays, type IsoDate } from "../../domain/calendar";
import { toldOnce, usualEffects, type ReportedChange } from "../../domain/life-changes";
import { authorize, logAccess } from "./access-log";
import { exactlyOnce, personTransaction, recordCase, type SubmitResult } from "./exactly-once";

export const CHANGE_CASE_TYPE = "LIFE_CHANGE";

/** A caseworker looks at a reported change within four weeks. */
const ANSWER_DAYS = 28;

/** Whether the person's pension is a contractual pension (AFP), which some rules treat differently. */
export async function hasAfp(user: User): Promise<boolean> {
  await authorize(user, "SELF");
  return (await db().pension.count({ where: { personId: user.personId, type: "AFP_PRIVAT" } })) > 0;
}

/** Saves a reported change once per form: a case for a caseworker, with what usually happens and who else is told. */
export async function reportChange(user: User, change: ReportedChange, opts: { idempotencyKey: string; today: IsoDate; afp: boolean }): Promise<SubmitResult> {
  const effects = usualEffects(change, { today: opts.today, afp: opts.afp });
  return exactlyOnce(user, opts.idempotencyKey, CHANGE_CASE_TYPE, () =>
    personTransaction(user, "SELF", (tx) =>
      recordCase(tx, user, {
        type: CHANGE_CASE_TYPE,
        need: "SELF",
        idempotencyKey: opts.idempotencyKey,
        payload: { ...change, effects, ...toldOnce(change.kind) },
        decided: false,
        answerDeadline: new Date(`${addDays(opts.today, ANSWER_DAYS)}T00:00:00Z`),
        message: {
          subject: "Vi har mottatt meldingen om endring",
          body: "Takk for at du meldte fra. En saksbehandler ser på endringen, og du får brev hvis pensjonen blir endret. Du finner saken under Saker og brev.",
        },
        audit: "PERSON",
      }),
    ),
  );
}

/** A reported change's receipt, only for its own person. */
export async function changeReceipt(user: User, caseId: string) {
  await authorize(user, "SELF");
  if (!/^[0-9a-f-]{36}$/.test(caseId)) return null;
  const row = await db().case.findFirst({
    where: { id: caseId, personId: user.personId, type: CHANGE_CASE_TYPE },
    select: { id: true, payload: true, answerDeadline: true },
  });
  await logAccess(user, "SELF", ["CASES"]);
  if (!row) return null;
  const p = row.payload as ReportedChange & { effects: ReturnType<typeof usualEffects>; informed: string[]; fromRegister: boolean };
  return { id: row.id, change: p, effects: p.effects, informed: p.informed, fromRegister: p.fromRegister, answerDeadline: row.answerDeadline };
}
