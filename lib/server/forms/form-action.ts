import "server-only";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { envelope, readFields, type FieldSpec } from "../../forms/fields";
import { type FieldError, type FormProblem, type FormState } from "../../forms/form-state";
import { type IsoDate } from "../../domain/calendar";
import { toLocale, type Locale } from "../../i18n/locales";
import { today } from "../../clock";
import { levelForPath } from "../auth/policy";
import { requireUser, type User } from "../auth/current-user";
import { earlierSubmission } from "../data/exactly-once";
import { logError } from "../log";
import { checkRateLimit } from "../rate-limit";
import { metrics, type SubmissionOutcome } from "../metrics";

export type Meta = { idempotencyKey: string; basedOn: string; today: IsoDate };
type Parsed<F extends string, T> = { ok: true; data: T } | { ok: false; errors: FieldError<F>[] };
type RunResult = { ok: true; caseId: string } | { ok: false; reason: FormProblem };

/**
 * The one way to write a form's server action. In order:
 * 1. the user, at the level the route policy table gives `path`;
 * 2. the envelope (idempotency key, the version the form was based on) and
 *    every field read as bounded, visible text;
 * 3. a key this user already sent on this form goes straight to its receipt,
 *    before any validation (double click, back button, retry);
 * 4. the form's own zod schema (`parse`), all errors at once;
 * 5. the command (`run`), which saves exactly once in one transaction;
 * 6. the receipt. Problems come back as a typed form state in the user's
 *    language with what was typed kept; errors are logged with their cause.
 */
export function formAction<F extends string, T>(spec: {
  path: string;
  caseType: string;
  fields: Record<F, FieldSpec>;
  parse: (values: Record<F, string>, ctx: { user: User; today: IsoDate; locale: Locale }) => Promise<Parsed<F, T>> | Parsed<F, T>;
  run: (user: User, data: T, meta: Meta) => Promise<RunResult>;
  receipt: (caseId: string) => string;
}): (prev: FormState<F>, formData: FormData) => Promise<FormState<F>> {
  const count = (outcome: SubmissionOutcome) => metrics().submissions.inc({ form: spec.caseType, outcome });
  return async (_prev, formData) => {
    const level = levelForPath(spec.path);
    const user = await requireUser({ level: level === "public" ? "substantial" : level, returnTo: spec.path });
    const { values, errors } = readFields(formData, spec.fields);
    const env = envelope.safeParse({ idempotencyKey: formData.get("idempotencyKey"), basedOn: formData.get("basedOn") ?? undefined });
    if (!env.success) {
      count("invalid");
      return { values, errors, problem: "failed" };
    }
    const meta: Meta = { idempotencyKey: env.data.idempotencyKey, basedOn: env.data.basedOn ?? "none", today: today() };
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
    if (!(await checkRateLimit("submit", user.personId))) {
      count("limited");
      return { values, errors: [], problem: "rateLimited" };
    }
    const parsed = await spec.parse(values, { user, today: meta.today, locale: toLocale(await getLocale()) });
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
    let result: RunResult;
    try {
      result = await spec.run(user, parsed.data, meta);
    } catch (error) {
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
}
