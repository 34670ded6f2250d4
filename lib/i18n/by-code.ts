/** A translator looked up by a key only known at run time. */
export type RuntimeTranslator = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/**
 * The message for a key that is only known at run time: a code from the
 * database (a case type, an event) or from a rule (a payment line). Known
 * keys are translated; an unknown one is shown as it is, never an error.
 * Messages are typed (global.d.ts), so a literal key that does not exist is a
 * type error; this is the one, named way round that for codes.
 */
export function byCode(t: unknown, key: string, fallback: string = key): string {
  const lookup = t as RuntimeTranslator;
  return lookup.has(key) ? lookup(key) : fallback;
}

/** A translator for code that builds keys itself (the facts of "my data"). */
export const runtime = (t: unknown) => t as RuntimeTranslator;
