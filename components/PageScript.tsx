import { headers } from "next/headers";
import { nonceOf } from "@/lib/server/csp";
import { enhance, type EnhanceConfig } from "./browser/enhance";

/**
 * The portal's own script (browser/enhance.ts), inline with the request's
 * nonce: no file to fetch, and the same on a page that runs React and on a
 * plain page without it (ADR 0021). The configuration is JSON with "<"
 * escaped, so no text in it can end the script element.
 */
export async function PageScript({ config }: { config: EnhanceConfig }) {
  const nonce = nonceOf((await headers()).get("content-security-policy"));
  const source = `(${enhance.toString()})(${JSON.stringify(config).replace(/</g, "\\u003c")})`;
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: source }} />;
}
