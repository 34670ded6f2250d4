import crypto from "node:crypto";
import { test as base } from "@playwright/test";

export { expect } from "@playwright/test";
export type { APIResponse, Browser, Page } from "@playwright/test";

/**
 * Each test is a browser on a client address of its own, as each user is,
 * behind the load balancer's X-Forwarded-For (lib/server/rate-limit.ts). All the
 * tests come from 127.0.0.1, so without it they would share one login limit
 * (30 a minute), and a fast run would be refused logins it never made too many of.
 * Contexts a test opens itself get the same address: they are the same user.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide, testInfo) => {
    const [a, b, c] = crypto.createHash("sha256").update(`${testInfo.testId}:${testInfo.repeatEachIndex}:${testInfo.retry}`).digest();
    await provide({ ...extraHTTPHeaders, "x-forwarded-for": `10.${a}.${b}.${c}` });
  },
});
