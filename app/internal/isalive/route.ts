export const dynamic = "force-dynamic";

export function GET() {
  return new Response("alive", { status: 200, headers: { "cache-control": "no-store" } });
}
