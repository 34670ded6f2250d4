import { requirePage } from "@/lib/server/auth/current-user";
import { exportPersonData } from "@/lib/server/data/export";

export const dynamic = "force-dynamic";

/** A copy of everything, machine-readable (GDPR article 20). Highest level only. */
export async function GET() {
  const user = await requirePage("/mine-data/eksport.json");
  const data = await exportPersonData(user, new Date());
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="din-pensjon-mine-data.json"',
      "cache-control": "no-store",
    },
  });
}
