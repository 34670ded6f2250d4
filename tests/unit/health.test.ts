import { expect, it, vi } from "vitest";

it("isready answers 503 when the database cannot be reached, and isalive still answers", async () => {
  vi.stubEnv("DATABASE_URL", "postgresql://nobody:nothing@127.0.0.1:1/none");
  const ready = await import("@/app/internal/isready/route");
  const alive = await import("@/app/internal/isalive/route");
  expect((await ready.GET()).status).toBe(503);
  expect(alive.GET().status).toBe(200);
});
