import { describe, expect, it } from "vitest";
import { personalDataInLog } from "../support/log-check";

const solveig = { givenName: "Solveig", familyName: "Berg", fnr: "01015012345", address: { line: "Storgata 1" }, account: { number: "15034212345" } };

describe("the check of the portal's log", () => {
  it("passes a log of request lines and request ids", () => {
    const log = [
      '{"level":"info","time":"2026-11-12T10:00:00.000Z","requestId":"0b0e5c2a-1f3d-4a6b-9c1d-012345678901","method":"GET","route":"/saker/[sakId]","path":"/saker/1f3d4a6b-9c1d-4a6b-9c1d-123456789012","status":200,"ms":41,"event":"request"}',
      "▲ Next.js 16.4.6",
    ].join("\n");
    expect(personalDataInLog(log, [solveig])).toEqual([]);
  });

  it.each([
    ["an identity number", '{"event":"login for 01015012345"}'],
    ["an account number with spaces", '{"event":"konto 1503 42 12345"}'],
    ["a full name", '{"event":"case for Solveig Berg"}'],
    ["a family name", '{"event":"Berg"}'],
    ["an address", '{"event":"moved to Storgata 1"}'],
    ["a token", '{"event":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2ln"}'],
  ])("finds %s", (_, line) => {
    expect(personalDataInLog(line, [solveig])).not.toEqual([]);
  });
});
