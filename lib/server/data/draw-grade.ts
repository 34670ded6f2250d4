import "server-only";
import { addMonths, type IsoDate, monthOf, type YearMonth, dayOf } from "../../domain/calendar";
import { type DrawGrade, gradeAt } from "../../domain/draw-grade";
import { gradeOptions, gradeReminders, month67, type GradeOption, type GradeSituation } from "../../domain/draw-grade-rules";
import { totalsOf } from "../../domain/payment-lines";
import { formatMoney, formatMonth } from "../../format";
import { db } from "../db";
import { type User } from "../auth/current-user";
import { logAccess } from "./access-log";
import { Conflict, exactlyOnce, recordCase, type SubmitResult, personTransaction } from "./exactly-once";

export const CASE_TYPE = "DRAW_GRADE";
import { estimatedGross, pensionProfile, replan } from "./pension-profile";
import { day, paymentSelect } from "./payments";

export type DrawGradeOverview = {
  current: DrawGrade;
  since: YearMonth;
  /** A change already decided that starts later. */
  scheduled: { grade: DrawGrade; from: YearMonth } | null;
  basedOn: string;
  options: Array<GradeOption & { estimatedGrossOre: number }>;
  reminders: ReturnType<typeof gradeReminders>;
};

/**
 * Whether enough pension is accrued to draw before 67. Until the pension
 * calculation is connected, a pensioner who has drawn 100 % or is 67 is
 * taken to qualify (docs/adr/0006).
 */
function situation(birthDate: IsoDate, history: GradeSituation["history"], today: IsoDate): GradeSituation {
  const enoughAccrued = history.some((h) => h.grade === 100) || monthOf(today) >= month67(birthDate);
  return { today, birthDate, history, enoughAccrued };
}

async function load(personId: string, client = db()) {
  const [person, profile, last, latestPayment] = await Promise.all([
    client.person.findUniqueOrThrow({ where: { id: personId }, select: { birthDate: true } }),
    pensionProfile(personId, client),
    client.drawGradePeriod.findFirst({
      where: { pension: { personId } },
      orderBy: [{ fromMonth: "desc" }, { createdAt: "desc" }],
      select: { id: true, grade: true },
    }),
    // The newest payment carries what the profile does not model (e.g. a survivor supplement), for estimates.
    client.payment.findFirst({
      where: { personId },
      orderBy: { periodMonth: "desc" },
      select: { lines: { select: paymentSelect.lines.select, orderBy: { position: "asc" } } },
    }),
  ]);
  return {
    birthDate: dayOf(person.birthDate),
    profile,
    basedOn: last ? `${last.id}` : "none",
    referenceLines: latestPayment?.lines ?? [],
  };
}

export async function drawGradeOverview(user: User, today: IsoDate): Promise<DrawGradeOverview | null> {
  const { birthDate, profile, basedOn, referenceLines } = await load(user.personId);
  await logAccess(user, "APPLY_DRAW_GRADE", ["PENSION"]);
  if (!profile) return null;
  const s = situation(birthDate, profile.drawGrades, today);
  const current = gradeAt(profile.drawGrades, monthOf(today)) ?? 0;
  const since = profile.drawGrades.filter((g) => g.from <= monthOf(today)).at(-1)?.from ?? profile.startMonth;
  const last = profile.drawGrades.at(-1);
  return {
    current,
    since,
    scheduled: last && last.from > monthOf(today) ? { grade: last.grade, from: last.from } : null,
    basedOn,
    options: gradeOptions(s).map((o) => ({ ...o, estimatedGrossOre: estimatedGross(profile, o.grade, o.earliestMonth, referenceLines) })),
    reminders: gradeReminders(s),
  };
}

export type ApplyResult = SubmitResult | { ok: false; reason: "notAvailable" };

/**
 * Applies for a new draw grade. Where the rules allow it now, the decision is
 * automated: a case, a decision letter that says so (criteria and how to
 * appeal), the new grade from next month, and unpaid payments re-planned.
 */
export async function applyDrawGrade(user: User, grade: DrawGrade, opts: { idempotencyKey: string; basedOn: string; today: IsoDate }): Promise<ApplyResult> {
  const overview = await drawGradeOverview(user, opts.today);
  const option = overview?.options.find((o) => o.grade === grade);
  const repeat = await db().case.findUnique({ where: { idempotencyKey: opts.idempotencyKey }, select: { personId: true } });
  if (!repeat && (!option || !option.availableNow)) return { ok: false, reason: "notAvailable" };
  const from = addMonths(monthOf(opts.today), 1);
  return exactlyOnce(user, opts.idempotencyKey, CASE_TYPE, () =>
    personTransaction(user, "APPLY_DRAW_GRADE", async (tx) => {
      const { profile, basedOn } = await load(user.personId, tx as never);
      if (!profile || basedOn !== opts.basedOn) throw new Conflict();
      const amount = option!.estimatedGrossOre;
      const id = await recordCase(tx, user, {
        type: CASE_TYPE,
        need: "APPLY_DRAW_GRADE",
        idempotencyKey: opts.idempotencyKey,
        payload: { grade, fromMonth: from, previousGrade: overview!.current, estimatedGrossOre: amount, automated: true },
        decided: true,
        letter: { title: "Vedtak om endret uttaksgrad", body: decisionLetter(grade, overview!.current, from, amount), automated: true },
        message: { subject: "Vedtak om endret uttaksgrad", body: "Du har fått et vedtak om ny uttaksgrad. Du finner brevet under saken din." },
        audit: "PENSION",
      });
      const created = { id };
      // A later decision for the same month replaces one that has not taken effect yet.
      await tx.drawGradePeriod.deleteMany({ where: { pensionId: profile.pensionId, fromMonth: from } });
      await tx.drawGradePeriod.create({ data: { pensionId: profile.pensionId, fromMonth: from, grade, caseId: created.id } });
      // Payments not yet paid from the new month follow the new grade.
      const updated = { ...profile, drawGrades: [...profile.drawGrades.filter((g) => g.from !== from), { from, grade }] };
      const unpaid = await tx.payment.findMany({
        where: { personId: user.personId, periodMonth: { gte: from }, paymentDate: { gt: day(opts.today) } },
        select: {
          id: true,
          periodMonth: true,
          lines: { select: { type: true, code: true, amountOre: true, forMonth: true, recipient: true, taxBasis: true } },
        },
      });
      for (const p of unpaid) {
        const planned = replan(updated, p.periodMonth, p.lines);
        await tx.paymentLine.deleteMany({ where: { paymentId: p.id } });
        if (!planned || totalsOf(planned.lines).grossOre === 0) {
          await tx.payment.delete({ where: { id: p.id } });
          continue;
        }
        await tx.paymentLine.createMany({
          data: planned.lines.map((l, position) => ({
            paymentId: p.id,
            position,
            type: l.type,
            code: l.code,
            amountOre: l.amountOre,
            forMonth: l.forMonth ?? null,
            recipient: l.recipient ?? null,
            taxBasis: l.taxBasis ?? null,
          })),
        });
      }
      return created.id;
    }),
  );
}

/** The decision letter, in plain words: what was decided, that it was automated, on what criteria, and how to appeal. */
function decisionLetter(grade: DrawGrade, previous: DrawGrade, from: YearMonth, grossOre: number): string {
  const month = formatMonth(from, "nb");
  return [
    `Du har søkt om å endre uttaksgraden for alderspensjonen din fra ${previous} til ${grade} prosent. Vi har innvilget søknaden. Den nye uttaksgraden gjelder fra ${month}.`,
    grade === 0
      ? "Pensjonen stanses fra samme måned. Vil du starte igjen senere, må du søke om ny uttaksgrad."
      : `Pensjonen før skatt blir omtrent ${formatMoney(grossOre, "nb")} i måneden. Beløpet kan endre seg ved den årlige reguleringen i mai.`,
    "Dette vedtaket er gjort automatisk. Vi har brukt disse kriteriene: at uttaksgraden er en av 0, 20, 40, 50, 60, 80 eller 100 prosent; at det har gått minst ett år siden forrige endring hvis du går over til en gradert pensjon; og at du har tjent opp nok pensjon til å ta ut denne graden.",
    "Du har rett til å få vedtaket vurdert av en saksbehandler. Mener du at vedtaket er feil, kan du klage. Skriv til oss på nav.no eller ring 55 55 33 34, så hjelper vi deg.",
  ].join("\n\n");
}
