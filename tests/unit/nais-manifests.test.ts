import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SERVER_NODE_FLAGS } from "../../lib/cli/build";

// The platform manifests, rendered with each environment's values as
// `nais deploy` does, parsed as YAML and checked against what the portal needs.
// (The image itself cannot be built on every machine; the browser tests run the
// standalone server the way the image does.)
const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function render(template: string, vars: Record<string, unknown>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, key: string) => {
    const value = key.split(".").reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], vars);
    if (value === undefined) throw new Error(`No value for {{ ${key} }}`);
    return String(value);
  });
}

const routeExists = (urlPath: string) => fs.existsSync(path.join(root, "app", urlPath, "route.ts"));
const cron = z.string().regex(/^(\S+\s){4}\S+$/);
const sqlInstance = z.object({
  type: z.string().startsWith("POSTGRES_"),
  tier: z.string().min(1),
  databases: z.array(z.object({ name: z.string(), envVarPrefix: z.string() })).min(1),
});
const meta = z.object({ name: z.string(), namespace: z.string(), labels: z.object({ team: z.string() }) });

const application = z.object({
  apiVersion: z.literal("nais.io/v1alpha1"),
  kind: z.literal("Application"),
  metadata: meta,
  spec: z.object({
    image: z.string().min(1),
    port: z.number().int(),
    liveness: z.object({ path: z.string() }),
    readiness: z.object({ path: z.string() }),
    prometheus: z.object({ enabled: z.literal(true), path: z.string() }),
    replicas: z.object({
      min: z.number().int().min(2),
      max: z.number().int(),
      scalingStrategy: z.object({ cpu: z.object({ thresholdPercentage: z.number() }) }),
    }),
    resources: z.object({ requests: z.object({ cpu: z.string(), memory: z.string() }), limits: z.object({ memory: z.string() }) }),
    ingresses: z.array(z.url().startsWith("https://")).min(1),
    idporten: z.object({ enabled: z.literal(true) }),
    gcp: z.object({ sqlInstances: z.array(sqlInstance).length(1) }),
    env: z.array(z.object({ name: z.string(), value: z.string() })),
  }),
});

const naisjob = z.object({
  apiVersion: z.literal("nais.io/v1"),
  kind: z.literal("Naisjob"),
  metadata: meta,
  spec: z.object({
    image: z.string().min(1),
    command: z.array(z.string()).min(1),
    schedule: cron.optional(),
    gcp: z.object({ sqlInstances: z.array(sqlInstance) }),
  }),
});

describe.each(["dev", "prod"])("the NAIS manifests for %s", (environment) => {
  const vars = parse(read(`nais/${environment}.yaml`)) as Record<string, unknown>;

  it("describe an application the platform can run: probes, metrics, at least two replicas scaling on CPU, PostgreSQL, ID-porten", () => {
    const app = application.parse(parse(render(read("nais/app.yaml"), vars)));
    expect(routeExists(app.spec.liveness.path)).toBe(true);
    expect(routeExists(app.spec.readiness.path)).toBe(true);
    expect(routeExists(app.spec.prometheus.path)).toBe(true);
    expect(app.spec.port).toBe(3000);
    expect(app.spec.replicas.max).toBeGreaterThanOrEqual(app.spec.replicas.min);
    const env = Object.fromEntries(app.spec.env.map((e) => [e.name, e.value]));
    expect(env.PORTAL_URL).toBe(app.spec.ingresses[0]);
    // Several replicas: the retention job is the platform's, not each instance's.
    expect(env.RETENTION_SCHEDULE).toBe("off");
  });

  it("schedule retention as a job of its own, and run migrations as a job, not at each replica's start", () => {
    const retention = naisjob.parse(parse(render(read("nais/retention-job.yaml"), vars)));
    expect(retention.spec.schedule).toBeDefined();
    expect(retention.spec.command.join(" ")).toContain("lib/cli/retention.ts");
    expect(fs.existsSync(path.join(root, "lib/cli/retention.ts"))).toBe(true);
    const migrate = naisjob.parse(parse(render(read("nais/migrate-job.yaml"), vars)));
    expect(migrate.spec.schedule).toBeUndefined();
    expect(migrate.spec.command.join(" ")).toContain("lib/cli/db-setup.ts");
  });
});

describe("the Dockerfile", () => {
  const dockerfile = read("Dockerfile");
  it("runs the standalone server as a non-root user in production mode, with a health check", () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf("FROM "));
    expect(runtime).toMatch(/ENV NODE_ENV=production/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n?.*\/internal\/isalive/m);
    // The same Node options as `npm start` and the benchmark (lib/cli/build.ts), so the figures are the image's.
    expect(runtime).toContain(`CMD ${JSON.stringify(["node", ...SERVER_NODE_FLAGS, "server.js"]).replaceAll(",", ", ")}`);
    expect(runtime).toContain(".next/standalone");
    // No dev dependencies in the runtime image: only the traced standalone output is copied.
    expect(runtime).not.toMatch(/npm (ci|install)/);
    expect(runtime).not.toMatch(/db-setup|migrate/);
  });
});
