import "server-only";
import { currentRequest } from "../request-scope";

/**
 * "Feil: " first in the page title when a form came back with errors, also
 * without JavaScript (WCAG 2.4.2, 3.3.1). With JavaScript the form sets the
 * title itself (useForm). Without, the browser posts the form to the page and
 * Next renders the page in the same request right after the action; the action
 * marks the request here, and the root layout's metadata reads the mark. The
 * request's own headers object is the key, so a mark can never reach another
 * request, and it is gone with the request.
 */
const marked = new WeakMap<object, true>();

export async function markFormErrors(): Promise<void> {
  const request = await currentRequest();
  // Outside a request (a test calling the action directly) there is no title to mark.
  if (request) marked.set(request, true);
}

export async function formHadErrors(): Promise<boolean> {
  const request = await currentRequest();
  return request !== null && marked.has(request);
}
