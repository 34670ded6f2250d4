import { requirePage } from "@/lib/server/auth/current-user";

// Checked here, outside the loading boundary, so an unauthenticated request gets a real redirect.
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePage("/oversikt");
  return children;
}
