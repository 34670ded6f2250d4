import { requirePage } from "@/lib/server/auth/current-user";

/**
 * The logged-in route group: login, level and (for someone acting for
 * another) the power are checked here for the exact path asked for, before
 * the page renders, and each page checks again through requirePage.
 */
export default async function LoggedInLayout({ children }: { children: React.ReactNode }) {
  await requirePage("/");
  return children;
}
