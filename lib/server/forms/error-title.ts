import "server-only";
import { headers } from "next/headers";

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
  try {
    marked.set(await headers(), true);
  } catch {
    // outside a request (a test calling the action directly): nothing to title
  }
}

export async function formHadErrors(): Promise<boolean> {
  try {
    return marked.has(await headers());
  } catch {
    return false;
  }
}
