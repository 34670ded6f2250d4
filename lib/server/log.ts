import "server-only";
import { headers } from "next/headers";

/**
 * Structured log lines (one JSON object per line, as NAIS collects them).
 * Only what an operator needs: an event name, the request's id (from
 * proxy.ts, also sent to the browser as X-Request-Id, so a user's report can
 * be matched to the log) and the error's kind and cause chain. Never identity
 * numbers, names, tokens or form values.
 */
type ErrorInfo = { name: string; code?: string; message: string; cause?: ErrorInfo };

function describe(error: unknown, depth = 0): ErrorInfo {
  if (!(error instanceof Error)) return { name: typeof error, message: "non-error thrown" };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    ...(typeof code === "string" ? { code } : {}),
    // The first line only, bounded: driver messages can quote the statement.
    message: redact(error.message.split("\n")[0].slice(0, 200)),
    ...(error.cause && depth < 3 ? { cause: describe(error.cause, depth + 1) } : {}),
  };
}

/** Eleven digits in a row look like an identity number; they never reach a log. */
function redact(text: string): string {
  return text.replace(/\d{11}/g, "***********");
}

/** The id proxy.ts gave the request being served; none outside a request (jobs, tests). */
async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}

function write(level: "info" | "warn" | "error", event: string, fields: Record<string, unknown>): Promise<void> {
  const time = new Date().toISOString();
  return requestId().then((id) => {
    const line = JSON.stringify({ time, level, event: redact(event), ...(id ? { requestId: id } : {}), ...fields });
    if (level === "error") console.error(line);
    else if (level === "warn") console.warn(line);
    else console.info(line);
  });
}

export function logError(event: string, error: unknown): Promise<void> {
  return write("error", event, { error: describe(error) });
}
