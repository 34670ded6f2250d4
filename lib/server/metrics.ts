import "server-only";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics on /internal/metrics (scraped by the platform, see
 * nais/app.yaml). Labels are small fixed sets (levels, outcomes, form names,
 * limit kinds): never a person, a path with an id, or anything typed by a user.
 * One registry per process, kept across Next's dev reloads.
 */
function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dinpensjon_" });
  return {
    registry,
    logins: new Counter({
      name: "dinpensjon_logins_total",
      help: "Completed logins by security level and outcome",
      labelNames: ["level", "outcome"] as const,
      registers: [registry],
    }),
    submissions: new Counter({
      name: "dinpensjon_form_submissions_total",
      help: "Form submissions by form and outcome (created, replayed, conflict, invalid, limited, failed)",
      labelNames: ["form", "outcome"] as const,
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "dinpensjon_rate_limited_total",
      help: "Requests refused by a rate limit, by kind",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: "dinpensjon_http_request_duration_seconds",
      help: "Time from a request's arrival to the last byte of its answer, by route template, method and status class",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    retentionRuns: new Counter({
      name: "dinpensjon_retention_runs_total",
      help: "Runs of the retention job inside this process, by outcome",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
    dbQuery: new Histogram({
      name: "dinpensjon_db_query_seconds",
      help: "Duration of database queries by model and operation",
      labelNames: ["model", "operation"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
  };
}

const g = globalThis as unknown as { __dinpensjonMetrics?: ReturnType<typeof create> };

export function metrics() {
  g.__dinpensjonMetrics ??= create();
  return g.__dinpensjonMetrics;
}

export type SubmissionOutcome = "created" | "replayed" | "conflict" | "invalid" | "limited" | "failed";
