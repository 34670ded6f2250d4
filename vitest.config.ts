import path from "node:path";
import { defineConfig } from "vitest/config";
import { INTEGRATION_TODAY } from "./tests/support/today";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // Server-only modules are tested directly in Node.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "tests/support/empty.ts") },
      // next-auth's framework-free core (what its Next handler calls) is not in its exports map.
      { find: /^next-auth\/core$/, replacement: path.resolve(import.meta.dirname, "node_modules/next-auth/core/index.js") },
    ],
  },
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The flag next build sets for experimental.authInterrupts, so forbidden() works as in the portal.
          env: { PGLITE_DIR: "memory://", DINPENSJON_TODAY: INTEGRATION_TODAY, NODE_ENV: "test", __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true" },
        },
      },
    ],
  },
});
