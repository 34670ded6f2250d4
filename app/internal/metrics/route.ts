import { metrics } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint (nais/app.yaml). Counts and durations only; nothing about any person. */
export async function GET() {
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "content-type": registry.contentType, "cache-control": "no-store" } });
}
