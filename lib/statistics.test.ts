import { expect, it } from "vitest";
import { normalizePath, statsChoice } from "./statistics";

it("records paths without ids, query strings or anything that could identify someone", () => {
  expect(normalizePath("/saker/6f1d0c5e-1111-4111-8111-111111111111?ny=1")).toBe("/saker/:id");
  expect(normalizePath("/x/12345678901")).toBe("/x/:number");
  expect(normalizePath("https://evil.example/")).toBeNull();
  expect(normalizePath(`/${"a".repeat(300)}`)).toBeNull();
  expect(statsChoice("ja")).toBe("ja");
  expect(statsChoice("maybe")).toBeNull();
});
