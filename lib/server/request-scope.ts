import "server-only";
import { headers } from "next/headers";

/**
 * The request being served, as a key for state that lives exactly as long as
 * it (a WeakMap entry is gone with the request): the request's own headers
 * object, the same for the action and the render of one request. Null outside
 * a request (jobs, tests calling the data layer).
 */
export async function currentRequest(): Promise<object | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}
