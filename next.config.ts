import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ROUTE_POLICY } from "./lib/server/auth/policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const issuer = new URL(process.env.IDPORTEN_ISSUER ?? "http://127.0.0.1:8090");
// Headers are fixed at build time: a loopback (mock) issuer may sit on any local port.
const issuerSource = ["127.0.0.1", "localhost"].includes(issuer.hostname) ? `http://${issuer.hostname}:*` : issuer.origin;
const dev = process.env.NODE_ENV !== "production";

// No third-party requests: fonts are self-hosted and nothing loads from a CDN.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  `form-action 'self' ${issuerSource}`,
].join("; ");

const protectedPrefixes = ROUTE_POLICY.filter((r) => r.level !== "public").map((r) => r.prefix);

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Only the icons and components a page uses reach the browser (the icon package's index alone is 270 kB gzip).
  experimental: { optimizePackageImports: ["@navikt/aksel-icons", "@navikt/ds-react"] },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "oidc-provider", "pg", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: csp },
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
