import { afterEach, describe, expect, it, vi } from "vitest";
import { logError } from "@/lib/server/log";

describe("log lines", () => {
  afterEach(() => vi.restoreAllMocks());

  it("are one JSON object with the error's kind and cause, and no identity number", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
    const cause = Object.assign(new Error("duplicate key for 01015012345\nDETAIL: the whole statement"), { code: "P2002" });
    await logError("form BANK_ACCOUNT failed", new Error("could not save", { cause }));
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: "error", event: "form BANK_ACCOUNT failed", error: { name: "Error", message: "could not save" } });
    expect(line.error.cause).toEqual({ name: "Error", code: "P2002", message: "duplicate key for ***********" });
    expect(lines[0]).not.toMatch(/\d{11}/);
    // Outside a request (a job, a test) there is no request id to add.
    expect(line.requestId).toBeUndefined();
  });
});
