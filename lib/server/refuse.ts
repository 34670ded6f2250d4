import "server-only";
// forbidden() from its own module rather than the next/navigation barrel, which pulls in
// the client router: the data layer also runs outside Next (jobs, the two-instance test).
// (Next's folder is named "components"; this is not one of ours, so the layer rule does not apply.)
// eslint-disable-next-line no-restricted-imports
import { forbidden } from "next/dist/client/components/forbidden";

/** Answers with the 403 page (app/forbidden.tsx). Never returns. */
export function refuse(): never {
  forbidden();
}
