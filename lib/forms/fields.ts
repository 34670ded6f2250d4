import { z } from "zod";
import { type FieldError } from "./form-state";

/**
 * Characters no form field may contain: control characters (line breaks are
 * allowed only where a field says so), zero-width characters and the
 * bidirectional overrides that make text read differently from how it is stored.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\r\n\t]/;

export type FieldSpec = { max: number; multiline?: boolean };

/** The envelope every form posts besides its own fields: the form key (an idempotency key and a tag for whose data the form is about) and the version it was based on. */
export const envelope = z.object({
  idempotencyKey: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.[A-Za-z0-9_-]{16}$/)
    .transform((v) => ({ key: v.slice(0, 36), subject: v.slice(37) })),
  basedOn: z.union([z.literal("none"), z.uuid()]).optional(),
});

/**
 * Reads a FormData into the form's own fields as strings, checking what holds
 * for every field of every form: it is text (not a file), not longer than its
 * limit (no silent truncation: a too-long value gets a message and is kept as
 * typed) and free of invisible or control characters.
 */
export function readFields<F extends string>(formData: FormData, fields: Record<F, FieldSpec>): { values: Record<F, string>; errors: FieldError<F>[] } {
  const values = {} as Record<F, string>;
  const errors: FieldError<F>[] = [];
  for (const field of Object.keys(fields) as F[]) {
    const spec = fields[field];
    const all = formData.getAll(field);
    const raw = all[0];
    if (raw !== undefined && typeof raw !== "string") {
      values[field] = "";
      errors.push({ field, code: "invalidCharacters" });
      continue;
    }
    const value = (raw ?? "").replace(/\r\n/g, "\n");
    // What is echoed back is bounded, so a huge post cannot make a huge page.
    values[field] = value.slice(0, spec.max * 2);
    if (all.length > 1) errors.push({ field, code: "invalidCharacters" });
    else if (INVISIBLE.test(value) || CONTROL.test(value) || (!spec.multiline && LINE_BREAK.test(value))) {
      errors.push({ field, code: "invalidCharacters" });
    } else if (value.length > spec.max) errors.push({ field, code: "tooLong", params: { max: String(spec.max) } });
  }
  return { values, errors };
}

/** Turns zod issues whose message is an error code into field errors. */
export function issuesToErrors<F extends string>(issues: readonly z.core.$ZodIssue[], fallback: F): FieldError<F>[] {
  return issues.map((i) => ({
    field: (typeof i.path[0] === "string" ? i.path[0] : fallback) as F,
    code: i.message,
    params: (i as { params?: Record<string, string> }).params,
  }));
}
