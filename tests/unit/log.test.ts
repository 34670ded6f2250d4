import { afterEach, describe, expect, it } from "vitest";
import { createLogger, logError, redact, routeConsoleThroughLog } from "@/lib/server/log";

/** A logger whose lines are kept in memory, parsed. */
function capture() {
  const lines: string[] = [];
  const log = createLogger({ write: (line: string) => void lines.push(line) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const original = { error: console.error, warn: console.warn, info: console.info, log: console.log };

describe("log lines", () => {
  afterEach(() => Object.assign(console, original));

  it("are one JSON object with the error's kind and cause, and no identity number", async () => {
    const { log, lines, parsed } = capture();
    const cause = Object.assign(new Error("duplicate key for 01015012345\nDETAIL: the whole statement"), { code: "P2002" });
    await logError("form BANK_ACCOUNT failed", new Error("could not save", { cause }), log);
    expect(lines).toHaveLength(1);
    const [line] = parsed();
    expect(line).toMatchObject({ level: "error", event: "form BANK_ACCOUNT failed", error: { name: "Error", message: "could not save" } });
    expect((line.error as { cause: unknown }).cause).toEqual({ name: "Error", code: "P2002", message: "duplicate key for ***********" });
    expect(typeof line.time).toBe("string");
    expect(lines[0]).not.toMatch(/\d{11}/);
    // Outside a request (a job, a test) there is no request id to add.
    expect(line.requestId).toBeUndefined();
  });

  it.each([
    ["an identity number", "fødselsnummer 01015012345 i teksten", "01015012345"],
    ["an identity number written with a space", "010150 12345", "010150 12345"],
    ["an account number with dots", "konto 1234.56.78903 endret", "1234.56.78903"],
    ["an account number with spaces", "konto 1234 56 78903 endret", "1234 56 78903"],
    ["an IBAN", "IBAN DE89 3704 0044 0532 0130 00 lagret", "DE89 3704 0044 0532 0130 00"],
    ["a token", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl", "eyJhbGciOiJSUzI1NiJ9"],
  ])("mask %s wherever it stands", (_, text, secret) => {
    expect(redact(text)).not.toContain(secret);
    const { log, lines } = capture();
    log.info({ detail: { nested: [text] } }, text);
    expect(lines[0]).not.toContain(secret);
  });

  it("leave ordinary numbers, dates and amounts alone", () => {
    expect(redact("2026-11-20: 23 692 kr, sak 1234, 99 ms")).toBe("2026-11-20: 23 692 kr, sak 1234, 99 ms");
  });

  it("drop fields that name a person, an account or a secret, at any of the first levels", () => {
    const { log, parsed } = capture();
    log.info({ fnr: "x", user: { familyName: "Berg", accountNumber: "y" }, form: { answers: { token: "z" } }, route: "/konto" }, "event");
    expect(parsed()[0]).toEqual({ level: "info", time: expect.any(String), event: "event", user: {}, form: { answers: {} }, route: "/konto" });
  });

  it("keep a request id whole even when it happens to hold eleven digits", () => {
    const { log, parsed } = capture();
    log.info({ requestId: "0b0e5c2a-1f3d-4a6b-9c1d-012345678901" }, "request");
    expect(parsed()[0].requestId).toBe("0b0e5c2a-1f3d-4a6b-9c1d-012345678901");
  });

  it("carry what the framework writes with console.* through the same rules", () => {
    const { log, parsed } = capture();
    routeConsoleThroughLog(log);
    console.error(new Error("render failed for 01015012345"));
    console.warn("slow query %s", "for 1234 56 78903");
    console.log("ready");
    const lines = parsed();
    expect(lines.map((l) => l.level)).toEqual(["error", "warn", "info"]);
    expect(lines[0]).toMatchObject({ event: "Error: render failed for ***********", error: { name: "Error" } });
    expect(lines[1].event).toBe("slow query for ***********");
  });

  it("give a long driver message as its first and last line, without terminal colours", async () => {
    const { log, parsed } = capture();
    const prisma = new Error(
      "\u001b[31mInvalid `prisma.authSession.findUnique()` invocation:\n\nSELECT * FROM secret\n\nCan't reach database server at 127.0.0.1:5432\u001b[39m",
    );
    await logError("request failed", prisma, log);
    expect((parsed()[0].error as { message: string }).message).toBe(
      "Invalid `prisma.authSession.findUnique()` invocation: … Can't reach database server at 127.0.0.1:5432",
    );
  });
});
