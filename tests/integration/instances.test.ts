import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/lib/domain/rate-limits";
import { db } from "@/lib/server/db";
import { scenario, userFor } from "../support/users";

// Issue 11: several instances, one truth. Two portal processes, each with its
// own connection pool, on one PostgreSQL: sessions, back-channel logout,
// exactly-once submissions and rate limits hold across them. (PGlite is one
// process by design, so this runs on the PostgreSQL pass of `npm test`.)
const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function instance(command: Record<string, unknown>): Promise<unknown> {
  const { stdout } = await run(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/instance.ts", JSON.stringify(command)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "test" },
    timeout: 60_000,
  });
  return (JSON.parse(stdout) as { result: unknown }).result;
}

describe.runIf(!!process.env.DATABASE_URL)("two portal instances on one PostgreSQL", () => {
  it("share sessions: a login made on one is valid on the other, and a back-channel logout received by one ends it on both", async () => {
    const idpSid = randomUUID();
    const id = (await instance({ run: "createSession", fnr: scenario("full").fnr, idpSid })) as string;
    expect(typeof id).toBe("string");
    expect(await instance({ run: "findSession", id })).toBe(true);
    expect(await instance({ run: "backchannelLogout", idpSid })).toBe(1);
    const [a, b] = await Promise.all([instance({ run: "findSession", id }), instance({ run: "findSession", id })]);
    expect([a, b]).toEqual([false, false]);
  });

  it("give one case for one idempotency key submitted to both at once", async () => {
    const user = await userFor("stopped");
    const key = randomUUID();
    const command = { run: "voluntaryTax", personId: user.personId, key, today: "2026-11-12" };
    const results = (await Promise.all([instance(command), instance(command)])) as Array<{ ok: boolean; caseId?: string }>;
    const cases = await db().case.findMany({ where: { idempotencyKey: key } });
    expect(cases).toHaveLength(1);
    for (const r of results) if (r.ok) expect(r.caseId).toBe(cases[0].id);
    expect(results.some((r) => r.ok)).toBe(true);
  });

  it("count a rate limit across both", async () => {
    const subject = `instances-${randomUUID()}`;
    const { limit } = RATE_LIMITS.login;
    const allowed = (await Promise.all([
      instance({ run: "rateLimit", subject, times: limit }),
      instance({ run: "rateLimit", subject, times: limit }),
    ])) as number[];
    expect(allowed[0] + allowed[1]).toBe(limit);
  });
});
