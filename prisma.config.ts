import path from "node:path";
import { defineConfig } from "prisma/config";
import { dbTarget, driverAdapter } from "./lib/db/adapter";

// The Prisma CLI (used to author migrations) runs on the WebAssembly schema
// engine through a driver adapter, so no Rust engine is downloaded.
// The app applies migrations with its own runner (docs/adr/0002).
const target = dbTarget();
process.env.DATABASE_URL ??= "postgresql://unused@localhost/pglite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return driverAdapter(target);
  },
});
