import "server-only";
import { requirePage } from "./current-user";

/**
 * The layout of a logged-in segment: checks login and level before anything
 * renders, so an unauthenticated request gets a real redirect to login.
 */
export function protectedLayout(path: string) {
  return async function ProtectedLayout({ children }: { children: React.ReactNode }) {
    await requirePage(path);
    return children;
  };
}
