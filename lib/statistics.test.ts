import { expect, it } from "vitest";
import { normalizePath, statsChoice } from "./statistics";

it("records paths without ids, query strings or anything that could identify someone", () => {
  expect(normalizePath("/saker/6f1d0c5e-1111-4111-8111-111111111111?ny=1")).toBe("/saker/:id");
  expect(normalizePath("/utbetalinger/2025-06")).toBe("/utbetalinger/:month");
  expect(normalizePath("/")).toBe("/");
  expect(normalizePath("/x/12345678901")).toBeNull();
  expect(normalizePath("/saker/12345678901")).toBeNull();
  expect(normalizePath("/oversikt/ola-nordmann-120356")).toBeNull();
  expect(normalizePath("/unknown")).toBeNull();
  expect(normalizePath("https://evil.example/")).toBeNull();
  expect(normalizePath(`/${"a".repeat(300)}`)).toBeNull();
  expect(statsChoice("ja")).toBe("ja");
  expect(statsChoice("maybe")).toBeNull();
});
