/**
 * What moves while a page loads on a slow phone: loads the page in Chromium
 * with Lighthouse's mobile throttling (4× slower CPU, 150 ms round trips,
 * 1.6 Mbit/s down, 412 px wide) and records every layout shift with the
 * elements it moved. Lighthouse 12.2's own list of shifting elements needs a
 * gatherer that fails with Debian's Chromium, so this names them instead.
 * Used by `lib/cli/profile-page.ts --shifts`.
 */
import { chromium } from "@playwright/test";

export type LayoutShift = { value: number; at: number; moved: Array<{ element: string; from: string; to: string }> };

export async function layoutShifts(url: string, cookie?: string): Promise<LayoutShift[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    if (cookie) {
      const { origin } = new URL(url);
      await context.addCookies(
        cookie.split("; ").map((pair) => {
          const at = pair.indexOf("=");
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
        }),
      );
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(() => {
      const shifts: unknown[] = [];
      (window as unknown as { __shifts: unknown[] }).__shifts = shifts;
      const describe = (node: Node | null) => {
        if (!(node instanceof Element)) return node?.nodeName ?? "?";
        const cls = typeof node.className === "string" && node.className ? `.${node.className.trim().split(/\s+/).slice(0, 2).join(".")}` : "";
        return `${node.tagName.toLowerCase()}${cls} "${(node.textContent ?? "").trim().slice(0, 40)}"`;
      };
      const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as Array<{
          value: number;
          startTime: number;
          hadRecentInput: boolean;
          sources: Array<{ node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
        }>) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            moved: entry.sources.map((s) => ({ element: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
          });
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120_000 });
    await page.waitForTimeout(3000);
    return (await page.evaluate(() => (window as unknown as { __shifts: LayoutShift[] }).__shifts)) ?? [];
  } finally {
    await browser.close();
  }
}
