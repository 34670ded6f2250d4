import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ROUTE_POLICY } from "./lib/server/auth/policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const protectedPrefixes = ROUTE_POLICY.filter((r) => r.level !== "public").map((r) => r.prefix);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // npm test runs tsc as a step of its own just before it builds (tests/run-all.sh); every other build checks types itself.
  typescript: { ignoreBuildErrors: process.env.DINPENSJON_BUILD_SKIPS_TYPECHECK === "1" },
  // One self-contained server (.next/standalone/server.js) for the container image (Dockerfile).
  output: "standalone",
  // Read by path at run time, so the file tracing has to be told: the fonts embedded in PDFs.
  outputFileTracingIncludes: { "/**": ["./node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-*-normal.woff"] },
  // Only the icons and components a page uses reach the browser (the icon package's index alone is 270 kB gzip).
  // authInterrupts: forbidden() answers a refused representative with app/forbidden.tsx and status 403.
  experimental: { optimizePackageImports: ["@navikt/aksel-icons", "@navikt/ds-react"], authInterrupts: true },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "oidc-provider", "pg", "pdfkit"],
  async headers() {
    return [
      // The Content-Security-Policy is set per request in proxy.ts (a fresh nonce, the issuer read at run time).
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      // Logged-in pages hold personal data: never stored by the browser or a proxy.
      ...protectedPrefixes.flatMap((prefix) => [
        { source: prefix, headers: [{ key: "Cache-Control", value: "no-store" }] },
        { source: `${prefix}/:path*`, headers: [{ key: "Cache-Control", value: "no-store" }] },
      ]),
    ];
  },
};

export default withNextIntl(nextConfig);
