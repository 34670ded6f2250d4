import { describe, expect, it } from "vitest";
import { dbTarget, migrationTarget } from "./adapter";

describe("which database the portal uses", () => {
  it("is PGlite without a PostgreSQL URL, in memory or in a folder", () => {
    expect(dbTarget({ PGLITE_DIR: "memory://" })).toEqual({ kind: "pglite", dataDir: "memory://" });
  });

  it("is the PostgreSQL server DATABASE_URL names", () => {
    expect(dbTarget({ DATABASE_URL: "postgresql://a:b@h:5432/d" })).toEqual({ kind: "postgres", url: "postgresql://a:b@h:5432/d" });
  });

  it("is built from the platform's DB_* variables on NAIS, with odd characters escaped", () => {
    const env = { DB_HOST: "10.0.0.5", DB_PORT: "5433", DB_DATABASE: "dinpensjon", DB_USERNAME: "din-pensjon", DB_PASSWORD: "p@ss/word" };
    expect(dbTarget(env)).toEqual({ kind: "postgres", url: "postgresql://din-pensjon:p%40ss%2Fword@10.0.0.5:5433/dinpensjon" });
    expect(dbTarget({ ...env, DATABASE_URL: "postgresql://x:y@z/w" })).toEqual({ kind: "postgres", url: "postgresql://x:y@z/w" });
    expect(dbTarget({ DB_HOST: "h" }).kind).toBe("pglite");
  });

  it("migrates as the owner role when one is named, else as the portal", () => {
    const env = { DATABASE_URL: "postgresql://portal:p@h/d", DATABASE_MIGRATION_URL: "postgresql://owner:o@h/d" };
    expect(migrationTarget(env)).toEqual({ kind: "postgres", url: "postgresql://owner:o@h/d" });
    expect(migrationTarget({ DATABASE_URL: "postgresql://portal:p@h/d" })).toEqual({ kind: "postgres", url: "postgresql://portal:p@h/d" });
  });
});
