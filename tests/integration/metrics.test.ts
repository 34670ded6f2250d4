import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { metrics } from "@/lib/server/metrics";
import { checkRateLimit } from "@/lib/server/rate-limit";
import { describeQuery } from "@/lib/db/client";

describe("metrics", () => {
  it("time every database query by table and operation, without its parameters", async () => {
    await db().person.count();
    const text = await metrics().registry.getSingleMetricAsString("dinpensjon_db_query_seconds");
    expect(text).toMatch(/dinpensjon_db_query_seconds_count\{model="Person",operation="SELECT"\} [1-9]/);
    expect(describeQuery(`INSERT INTO "public"."AccessLog" ("subjectId") VALUES ($1)`)).toEqual({ table: "AccessLog", operation: "INSERT" });
    expect(describeQuery(`UPDATE "public"."AuthSession" SET "lastSeenAt" = $1`)).toEqual({ table: "AuthSession", operation: "UPDATE" });
  });

  it("count rate-limit refusals by kind", async () => {
    const subject = `metrics-${Date.now()}`;
    for (let i = 0; i < 40; i++) await checkRateLimit("login", subject);
    const text = await metrics().registry.getSingleMetricAsString("dinpensjon_rate_limited_total");
    expect(text).toMatch(/dinpensjon_rate_limited_total\{kind="login"\} [1-9]/);
    expect(text).not.toContain(subject);
  });
});
