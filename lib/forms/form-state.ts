/**
 * The one shape every form's answer has, shared by server actions and the
 * client components that show it. Field errors are codes the page turns into
 * sentences in the user's language; `params` fill in figures such as a limit.
 */
export type FieldError<F extends string = string> = { field: F; code: string; params?: Record<string, string> };

/** Problems with the submission as a whole rather than one field. */
export type FormProblem = "conflict" | "failed" | "used" | "notAvailable" | "rateLimited" | "otherPerson";

export type FormState<F extends string = string> = {
  values: Record<F, string>;
  errors: FieldError<F>[];
  problem?: FormProblem;
  /** Set when the answers are valid and the form asks the user to check them before sending: each answer as shown. */
  review?: Array<{ label: string; value: string }>;
  /** With a review: notes to read before sending, such as what usually happens next. */
  notes?: Array<{ heading: string; items: string[] }>;
};

/** What a form's check-your-answers step shows: the answers, and notes such as what usually happens. */
export type Review = { answers: Array<{ label: string; value: string }>; notes?: Array<{ heading: string; items: string[] }> };

export function emptyFormState<F extends string>(fields: readonly F[]): FormState<F> {
  return { values: Object.fromEntries(fields.map((f) => [f, ""])) as Record<F, string>, errors: [] };
}
