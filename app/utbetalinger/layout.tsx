import { requirePage } from "@/lib/server/auth/current-user";

// Checked before anything renders, so an unauthenticated request gets a real redirect.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePage("/utbetalinger");
  return children;
}
