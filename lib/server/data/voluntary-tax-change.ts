import "server-only";
import { addMonths, type IsoDate } from "../../domain/calendar";
import { effectiveMonth, type VoluntaryTaxChange } from "../../domain/voluntary-tax";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { voluntaryTaxFrom } from "./tax";
import { logAccess } from "./access-log";
import { Conflict, exactlyOnce, recordCase, type SubmitResult, personTransaction } from "./exactly-once";
import { formatMonth } from "../../format";

export const CASE_TYPE = "VOLUNTARY_TAX";

/**
 * Registers a voluntary tax change exactly once. The idempotency key from the
 * form is unique in the database: a second submit (double click, back button,
 * retry) finds the first case instead of creating another. `basedOn` is the
 * deduction the form was showing: if it changed since, nothing is overwritten.
 */
export async function registerVoluntaryTax(
  user: User,
  change: VoluntaryTaxChange,
  opts: { idempotencyKey: string; basedOn: string; today: IsoDate },
): Promise<SubmitResult> {
  const from = effectiveMonth(opts.today);
  return exactlyOnce(user, opts.idempotencyKey, CASE_TYPE, () =>
    personTransaction(user, "CHANGE_VOLUNTARY_TAX", async (tx) => {
      const current = await voluntaryTaxFrom(user, from, tx);
      if ((current?.id ?? "none") !== opts.basedOn) throw new Conflict();
      const created = {
        id: await recordCase(tx, user, {
          type: CASE_TYPE,
          need: "CHANGE_VOLUNTARY_TAX",
          idempotencyKey: opts.idempotencyKey,
          payload: { ...change, fromMonth: from },
          decided: true,
          message: { subject: "Frivillig skattetrekk er registrert", body: `Endringen gjelder fra ${formatMonth(from, "nb")}. Saken er behandlet automatisk.` },
          audit: "TAX",
        }),
      };
      if (current) {
        // A change starting next month replaces one that had not started yet.
        if (current.fromMonth >= from) await tx.voluntaryTax.delete({ where: { id: current.id } });
        else await tx.voluntaryTax.update({ where: { id: current.id }, data: { toMonth: addMonths(from, -1) } });
      }
      if (change.kind !== "stop") {
        await tx.voluntaryTax.create({
          data: {
            personId: user.personId,
            fromMonth: from,
            amountOre: change.kind === "amount" ? change.amountOre : null,
            percent: change.kind === "percent" ? change.percent : null,
            caseId: created.id,
          },
        });
      }
      return created.id;
    }),
  );
}

/** A case's receipt, only for its own person. */
export async function caseReceipt(user: User, caseId: string) {
  if (!/^[0-9a-f-]{36}$/.test(caseId)) return null;
  await logAccess(user, "READ_PAYMENTS", ["CASES", "TAX"]);
  const row = await db().case.findFirst({
    where: { id: caseId, personId: user.personId },
    select: {
      id: true,
      type: true,
      status: true,
      payload: true,
      createdAt: true,
      decidedAt: true,
      events: { select: { type: true, at: true }, orderBy: { at: "asc" } },
    },
  });
  return row;
}
