import "server-only";
import crypto from "node:crypto";
import { config } from "./config";

/** What the identity-check provider answered; only the outcome is ever kept, never the document or images. */
export type VerificationOutcome = "success" | "faceMismatch" | "expiredDocument" | "unavailable";

/** A fresh id for one identity check (also the key the provider keeps its result under, until we read it). */
export const newVerificationId = () => crypto.randomBytes(16).toString("hex");

/** Where the browser goes to do the check; the provider sends it back to /leveattest/svar. */
export const verificationStartUrl = (id: string) => `${config().verifierUrl}/verify/start?session=${id}`;

/** Whether the provider answers at all, so nobody is sent to a dead page. */
export async function verifierAvailable(): Promise<boolean> {
  try {
    const res = await fetch(`${config().verifierUrl}/verify/health`, { signal: AbortSignal.timeout(3000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Reads a check's result, server to server; the provider forgets it once read. Anything but a clear answer is "unavailable". */
export async function verificationResult(id: string): Promise<VerificationOutcome> {
  try {
    const res = await fetch(`${config().verifierUrl}/verify/result/${id}`, { signal: AbortSignal.timeout(5000) });
    if (!res.ok) return "unavailable";
    const body = (await res.json()) as { outcome?: string };
    return body.outcome === "success" || body.outcome === "faceMismatch" || body.outcome === "expiredDocument" ? body.outcome : "unavailable";
  } catch {
    return "unavailable";
  }
}
