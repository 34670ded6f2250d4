import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import { envelope, readFields, type FieldSpec } from "../../forms/fields";
import { type FieldError, type FormProblem, type FormState, type Review } from "../../forms/form-state";
import { type IsoDate } from "../../domain/calendar";
import { toLocale, type Locale } from "../../i18n/locales";
import { today } from "../../clock";
import { levelForPath } from "../auth/policy";
import { requireUser, type User } from "../auth/current-user";
import { earlierSubmission } from "../data/exactly-once";
import { logError } from "../log";
import { checkRateLimit } from "../rate-limit";
import { metrics, type SubmissionOutcome } from "../metrics";
import { authorize } from "../data/access-log";
import { keyFitsSubject } from "./form-key";
import { markFormErrors } from "./error-title";
import { type Need } from "../../domain/representation";

export type Meta = { idempotencyKey: string; basedOn: string; today: IsoDate };
type Parsed<F extends string, T> = { ok: true; data: T } | { ok: false; errors: FieldError<F>[] };
type RunResult = { ok: true; caseId: string } | { ok: false; reason: FormProblem };
type Ctx = { user: User; today: IsoDate; locale: Locale };

/**
 * The one way to write a form's server action. In order:
 * 1. the user, at the level the route policy table gives `path`, allowed to
 *    do what the form does (`need`: someone acting for another person needs
 *    that scope; refused with the 403 page and an audit entry);
 * 2. the envelope (idempotency key, whose data the form was opened for, the
 *    version it was based on) and every field read as bounded, visible text;
 *    a form opened for another person than the one now acted for is stopped;
 * 3. a key this user already sent on this form goes straight to its receipt,
 *    before any validation (double click, back button, retry);
 * 4. the form's own zod schema (`parse`), all errors at once;
 * 5. with `review`, a first valid sending shows the answers to check
 *    (nothing saved); the second, with confirm=yes, goes on;
 * 6. the command (`run`), which saves exactly once in one transaction;
 * 7. the receipt. Problems come back as a typed form state in the user's
 *    language with what was typed kept; errors are logged with their cause.
 */
export function formAction<F extends string, T>(spec: {
  path: string;
  caseType: string;
  need: Need;
  fields: Record<F, FieldSpec>;
  parse: (values: Record<F, string>, ctx: Ctx) => Promise<Parsed<F, T>> | Parsed<F, T>;
  review?: (data: T, ctx: Ctx) => Promise<Review>;
  run: (user: User, data: T, meta: Meta) => Promise<RunResult>;
  receipt: (caseId: string) => string;
}): (prev: FormState<F>, formData: FormData) => Promise<FormState<F>> {
  const count = (outcome: SubmissionOutcome) => metrics().submissions.inc({ form: spec.caseType, outcome });
  const handle = async (formData: FormData): Promise<FormState<F>> => {
    const level = levelForPath(spec.path);
    const user = await requireUser({ level: level === "public" ? "substantial" : level, returnTo: spec.path });
    await authorize(user, spec.need);
    const { values, errors } = readFields(formData, spec.fields);
    const env = envelope.safeParse({ idempotencyKey: formData.get("idempotencyKey"), basedOn: formData.get("basedOn") ?? undefined });
    if (!env.success) {
      count("invalid");
      return { values, errors, problem: "failed" };
    }
    if (!keyFitsSubject(env.data.idempotencyKey.subject, user)) {
      count("invalid");
      return { values, errors: [], problem: "otherPerson" };
    }
    const meta: Meta = { idempotencyKey: env.data.idempotencyKey.key, basedOn: env.data.basedOn ?? "none", today: today() };
    const earlier = await earlierSubmission(user, meta.idempotencyKey, spec.caseType);
    if (earlier?.ok) {
      count("replayed");
      redirect(spec.receipt(earlier.caseId));
    }
    if (earlier) {
      count("conflict");
      return { values, errors, problem: "used" };
    }
    if (errors.length) {
      count("invalid");
      return { values, errors };
    }
    // "Change your answers" from the check-your-answers step: back to the form as it was typed.
    if (spec.review && formData.get("confirm") === "edit") return { values, errors: [] };
    if (!(await checkRateLimit("submit", user.personId))) {
      count("limited");
      return { values, errors: [], problem: "rateLimited" };
    }
    const ctx: Ctx = { user, today: meta.today, locale: toLocale(await getLocale()) };
    const parsed = await spec.parse(values, ctx);
    if (!parsed.ok) {
      // A double click's second request can be checked just after the first was saved
      // ("that is already your account"): the user sees the first receipt, not an error.
      const raced = await earlierSubmission(user, meta.idempotencyKey, spec.caseType);
      if (raced?.ok) {
        count("replayed");
        redirect(spec.receipt(raced.caseId));
      }
      count("invalid");
      return { values, errors: parsed.errors };
    }
    if (spec.review && formData.get("confirm") !== "yes") {
      const { answers, notes } = await spec.review(parsed.data, ctx);
      return { values, errors: [], review: answers, notes };
    }
    let result: RunResult;
    try {
      result = await spec.run(user, parsed.data, meta);
    } catch (error) {
      // The 403 page for a refused representative, and redirects, are answers, not failures.
      unstable_rethrow(error);
      logError(`form ${spec.caseType} failed`, error);
      count("failed");
      return { values, errors: [], problem: "failed" };
    }
    if (!result.ok) {
      count("conflict");
      return { values, errors: [], problem: result.reason };
    }
    count("created");
    redirect(spec.receipt(result.caseId));
  };
  return async (_prev, formData) => {
    const state = await handle(formData);
    if (state.errors.length || state.problem) await markFormErrors();
    return state;
  };
}
