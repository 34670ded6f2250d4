"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert, ErrorSummary } from "@navikt/ds-react";
import { ErrorSummaryItem } from "@navikt/ds-react/ErrorSummary";
import { emptyFormState, type FieldError, type FormState } from "@/lib/forms/form-state";
import { type ClientNamespace } from "@/lib/i18n/client-messages";
import { type RuntimeTranslator } from "@/lib/i18n/by-code";

type Action<F extends string> = (state: FormState<F>, formData: FormData) => Promise<FormState<F>>;

/**
 * The one client-side way to run a form: the server action's state, each
 * error as a sentence in the user's language (the form's own wording first,
 * then the shared one), the error summary or problem focused and announced,
 * and a key that makes the fields show exactly what was submitted. On a
 * plain page (ADR 0022) the browser posts the form and this renders the
 * answer on the server; the page's own script then focuses what is marked
 * `data-focus-on-load`.
 */
export function useForm<F extends string>(action: Action<F>, fields: readonly F[], namespace: ClientNamespace, fieldId: (field: F) => string) {
  // Error codes come from the server at run time, so these two are looked up by string (with has() first).
  const t = useTranslations(namespace) as unknown as RuntimeTranslator;
  const shared = useTranslations("forms") as unknown as RuntimeTranslator;
  const [state, formAction, pending] = useActionState(action, emptyFormState(fields));
  const summary = useRef<HTMLDivElement>(null);
  const problem = useRef<HTMLDivElement>(null);
  const titlePrefix = shared("errorTitlePrefix");
  useEffect(() => {
    if (state.errors.length) summary.current?.focus();
    else if (state.problem) problem.current?.focus();
    // The page title says first that something must be fixed (WCAG 2.4.2, 3.3.1).
    const base = document.title.startsWith(titlePrefix) ? document.title.slice(titlePrefix.length) : document.title;
    document.title = state.errors.length || state.problem ? `${titlePrefix}${base}` : base;
  }, [state, titlePrefix]);

  const message = (e: FieldError<F>) => (t.has(`errors.${e.code}`) ? t(`errors.${e.code}`, e.params) : shared(`errors.${e.code}`, e.params));
  const errorFor = (field: F) => {
    const e = state.errors.find((x) => x.field === field);
    return e ? message(e) : undefined;
  };
  const feedback = (
    <>
      {state.problem && (
        <Alert variant="error" role="alert" ref={problem} tabIndex={-1} data-focus-on-load>
          {t.has(state.problem) ? t(state.problem) : shared(`problems.${state.problem}`)}
        </Alert>
      )}
      {state.errors.length > 0 && (
        <ErrorSummary ref={summary} heading={shared("errorHeading")} data-focus-on-load>
          {state.errors.map((e) => (
            <ErrorSummaryItem key={e.field} href={`#${fieldId(e.field)}`}>
              {message(e)}
            </ErrorSummaryItem>
          ))}
        </ErrorSummary>
      )}
    </>
  );
  /** What a field takes from the form: the id the error summary links to, its name, what was typed, and its error. */
  const field = (f: F) => ({ id: fieldId(f), name: f, defaultValue: state.values[f], error: errorFor(f) });
  /** The same for a radio group, whose id sits on its first option: nothing chosen when nothing was. */
  const group = (f: F) => ({ name: f, defaultValue: state.values[f] || undefined, error: errorFor(f) });
  return { state, formAction, pending, errorFor, field, group, feedback, key: JSON.stringify(state) };
}
