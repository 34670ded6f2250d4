// ESLint: Next's rules (core web vitals, TypeScript) plus the layer rules that
// hold the architecture (docs/adr/0011-tools-hold-the-layers.md):
//   app → components → lib/server (and lib/db) → lib/domain
// lib/domain is pure: no Node, no framework, no database. Prisma lives only in
// lib/server, lib/db and the command-line tools. Nothing imports from app/.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const PRISMA = ["@prisma/*", "**/generated/prisma", "**/generated/prisma/*"];
const APP = ["@/app", "@/app/*", "**/app/*"];
const message = (what) => `${what} (layers: app → components → lib/server → lib/domain; see docs/adr/0011)`;

// Next renders these from a dynamic page only with JavaScript (vercel/next.js#62228): without it the page is empty.
const NO_EMPTY_PAGES = [
  {
    name: "next/navigation",
    importNames: ["notFound", "forbidden", "unauthorized"],
    message: "Without JavaScript the page would be empty (vercel/next.js#62228): return <NotFoundContent /> or redirect to /ingen-tilgang",
  },
];

const restrict = (files, patterns, paths = []) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns, paths }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "generated/**", "node_modules/**", "bench-results/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  restrict(
    ["lib/domain/**"],
    [
      { group: ["node:*", "fs", "path", "crypto", "os", "child_process"], message: message("Domain rules are pure: no Node") },
      { group: ["next", "next/*", "react", "react-dom", "next-intl", "next-intl/*"], message: message("Domain rules know no framework") },
      { group: ["@/lib/server/*", "@/lib/db/*", "**/server/*", "**/db/*", ...PRISMA], message: message("Domain rules touch no database or server code") },
      { group: [...APP, "@/components/*", "**/components/*"], message: message("Domain rules know no pages") },
    ],
  ),
  restrict(
    ["components/**"],
    [
      { group: PRISMA, message: message("Components get data through lib/server/data, never Prisma") },
      { group: ["@/lib/db/*", "**/lib/db/*"], message: message("Components do not open the database") },
      { group: APP, message: message("Components do not import pages") },
    ],
    NO_EMPTY_PAGES,
  ),
  restrict(
    ["app/**"],
    [
      { group: PRISMA, message: message("Pages get data through lib/server/data, never Prisma") },
      { group: ["@/lib/db/*", "**/lib/db/*", "@/lib/server/db", "**/lib/server/db"], message: message("Pages do not open the database; use lib/server/data") },
    ],
    NO_EMPTY_PAGES,
  ),
  restrict(
    ["lib/server/**", "lib/db/**"],
    [{ group: [...APP, "@/components/*", "**/components/*"], message: message("Server code does not import pages or components") }],
  ),
  // Each browser test comes from a client address of its own (tests/e2e/fixtures.ts).
  restrict(
    ["tests/e2e/**/*.spec.ts"],
    [],
    [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures: each test has a client address of its own" }],
  ),
];

export default config;
