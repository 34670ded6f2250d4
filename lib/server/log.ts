import "server-only";
import { format } from "node:util";
import { headers } from "next/headers";
import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Structured log lines: pino, one JSON object per line on stdout, as NAIS
 * collects them. Only what an operator needs: an event name, the request's id
 * (from proxy.ts, also sent to the browser as X-Request-Id, so a user's report
 * can be matched to the log) and an error's kind and cause chain.
 *
 * Personal data never reaches a line, by two rules on top of care at each call:
 * fields that name a person, an account or a secret are removed by path, and
 * every string is scrubbed of what looks like an identity or account number
 * (eleven digits, with or without the spaces of an account number) or a token.
 * The browser tests read the whole server log of their run and fail on any of
 * these and on any test person's name (tests/e2e/global-teardown.ts).
 */

const IDENTITY_OR_ACCOUNT = /\b\d{6} \d{5}\b|\b\d{4}[ .]?\d{2}[ .]?\d{5}\b|\d{11}/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;
const TOKEN = /\beyJ[\w-]{6,}\.[\w-]{6,}\.[\w-]*/g;

/** The text with identity numbers, account numbers and tokens masked. */
export function redact(text: string): string {
  return text.replace(TOKEN, "[token]").replace(IBAN, "[iban]").replace(IDENTITY_OR_ACCOUNT, "***********");
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  // A request id is ours (a UUID) and must stay whole to be found again.
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "requestId" ? v : scrub(v, depth + 1)]));
}

/** Fields that would hold a person, an account or a secret: removed wherever they appear (two levels deep). */
const SECRET_FIELDS = ["fnr", "givenName", "familyName", "accountNumber", "token", "idToken", "accessToken", "authorization", "cookie", "password"];
const REDACT_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((f) => `*.${f}`), ...SECRET_FIELDS.map((f) => `*.*.${f}`)];

export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: undefined,
      messageKey: "event",
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, remove: true },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrub(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === "string" ? redact(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

const g = globalThis as unknown as { __dinpensjonLogger?: Logger };
export function logger(): Logger {
  g.__dinpensjonLogger ??= createLogger();
  return g.__dinpensjonLogger;
}

const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

/**
 * An error message in one bounded line, without terminal colours: the first
 * line (a driver's further lines can quote the statement and its values), and
 * for Prisma's "Invalid `prisma.x()` invocation" also the last, its reason.
 */
function summary(message: string): string {
  const lines = message
    .replace(ANSI, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const text = lines.length > 1 && lines[0].startsWith("Invalid `prisma.") ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? "");
  return text.slice(0, 300);
}

type ErrorInfo = { name: string; code?: string; message: string; cause?: ErrorInfo };

function describe(error: unknown, depth = 0): ErrorInfo {
  if (!(error instanceof Error)) return { name: typeof error, message: "non-error thrown" };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === "string" ? { code } : {}),
    message: summary(error.message),
    ...(error.cause && depth < 3 ? { cause: describe(error.cause, depth + 1) } : {}),
  };
}

/** The id proxy.ts gave the request being served; none outside a request (jobs, tests). */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

/** A caught error, with its kind, code and cause chain, and the request it happened in. */
export async function logError(event: string, error: unknown, log: Logger = logger()): Promise<void> {
  const id = await requestId();
  log.error({ ...(id ? { requestId: id } : {}), error: describe(error) }, event);
}

/**
 * Everything the framework and libraries write with console.* goes through the
 * same logger, so it is JSON and scrubbed too (Next prints render errors with
 * console.error). Called once at start (instrumentation.ts).
 */
export function routeConsoleThroughLog(log: Logger = logger()): void {
  const to =
    (level: "error" | "warn" | "info") =>
    (...args: unknown[]) => {
      const error = args.find((a) => a instanceof Error);
      const text = format(...args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : a)));
      log[level](error ? { error: describe(error) } : {}, text.replace(ANSI, "").slice(0, 2000));
    };
  console.error = to("error");
  console.warn = to("warn");
  console.info = to("info");
  console.log = to("info");
}
