import { requirePage } from "@/lib/server/auth/current-user";

export default async function Layout({ children }: { children: React.ReactNode }) {
  await requirePage("/meldinger");
  return children;
}
