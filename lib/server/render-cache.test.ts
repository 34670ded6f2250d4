import { describe, expect, it, vi } from "vitest";
import {
  cacheKey,
  fromTemplate,
  keptHeaders,
  pageViewScript,
  RenderCache,
  toTemplate,
  withoutClientRuntime,
  type CacheKey,
  type Template,
} from "./render-cache";

const request = (over: Partial<Parameters<typeof cacheKey>[0]> = {}) => ({
  method: "GET",
  pathname: "/",
  search: "",
  headers: new Headers(),
  cookies: [] as Array<{ name: string; value: string }>,
  ...over,
});

/** The key in 2026. */
const keyOf = (req: Parameters<typeof cacheKey>[0]) => cacheKey(req, () => 2026);

describe("cacheKey: which requests the render cache may answer", () => {
  it("a plain visit to a public page, with the language and statistics choice from their cookies", () => {
    expect(keyOf(request())).toEqual({ path: "/", search: "", locale: "nb", stats: null });
    expect(
      keyOf(
        request({
          pathname: "/utbetalingskalender",
          cookies: [
            { name: "NEXT_LOCALE", value: "nn" },
            { name: "dp-statistikk", value: "ja" },
            { name: "next-auth.csrf-token", value: "a|b" },
            { name: "__Host-next-auth.csrf-token", value: "a|b" },
            { name: "next-auth.callback-url", value: "/oversikt" },
          ],
        }),
      ),
    ).toEqual({ path: "/utbetalingskalender", search: "", locale: "nn", stats: "ja" });
  });

  it("the calendar for every year it covers, from 2015 to two years ahead, each its own copy", () => {
    for (const year of [2015, 2020, 2026, 2028])
      expect(keyOf(request({ pathname: "/utbetalingskalender", search: `?ar=${year}` }))).toEqual({
        path: "/utbetalingskalender",
        search: `?ar=${year}`,
        locale: "nb",
        stats: null,
      });
    expect(cacheKey(request({ pathname: "/utbetalingskalender", search: "?ar=2029" }), () => 2027)?.search).toBe("?ar=2029");
  });

  it("every privacy topic page, and no other path under /personvern", () => {
    expect(keyOf(request({ pathname: "/personvern/klage" }))?.path).toBe("/personvern/klage");
    expect(keyOf(request({ pathname: "/personvern/finnes-ikke" }))).toBeNull();
  });

  it("unknown languages and choices fall back to what the page would show", () => {
    expect(
      keyOf(
        request({
          cookies: [
            { name: "NEXT_LOCALE", value: "xx" },
            { name: "dp-statistikk", value: "kanskje" },
          ],
        }),
      ),
    ).toEqual({
      path: "/",
      search: "",
      locale: "nb",
      stats: null,
    });
  });

  it.each([
    ["a session cookie", { cookies: [{ name: "next-auth.session-token", value: "x" }] }],
    ["the secure session cookie", { cookies: [{ name: "__Secure-next-auth.session-token", value: "x" }] }],
    [
      "any cookie it does not know",
      {
        cookies: [
          { name: "NEXT_LOCALE", value: "nb" },
          { name: "dp-handler-for", value: "x" },
        ],
      },
    ],
    ["a query string", { search: "?side=2" }],
    ["a year on a page other than the calendar", { search: "?ar=2027" }],
    ["a year before the calendar's first", { pathname: "/utbetalingskalender", search: "?ar=2014" }],
    ["a year after the calendar's last", { pathname: "/utbetalingskalender", search: "?ar=2029" }],
    ["a year that is not a number", { pathname: "/utbetalingskalender", search: "?ar=20x7" }],
    ["a year with another parameter", { pathname: "/utbetalingskalender", search: "?ar=2027&x=1" }],
    ["a logged-in page", { pathname: "/oversikt" }],
    ["the login page (its return address varies)", { pathname: "/logg-inn" }],
    ["a path that is not a page", { pathname: "/finnes-ikke" }],
    ["a form post", { method: "POST" }],
    ["a HEAD request", { method: "HEAD" }],
    ["React's payload for client-side navigation", { headers: new Headers({ rsc: "1" }) }],
    ["a prefetch", { headers: new Headers({ "next-router-prefetch": "1" }) }],
    ["a router state tree", { headers: new Headers({ "next-router-state-tree": "x" }) }],
  ])("is rendered per request with %s", (_, over) => {
    expect(keyOf(request(over))).toBeNull();
  });
});

const PLACEHOLDERS = { nonce: "rcnonceabc123", csrf: "f".repeat(64) };

describe("templates: a page rendered with placeholders, filled per request", () => {
  const page = `<script nonce="rcnonceabc123">x</script><input name="csrfToken" value="${"f".repeat(64)}"><p>"nonce":"rcnonceabc123"</p>`;
  const template = toTemplate(page, PLACEHOLDERS, [
    ["content-type", "text/html"],
    ["link", '</font.woff2>; rel=preload; nonce="rcnonceabc123"'],
  ])!;

  it("puts each request's own nonce and token in every place the placeholders were, body and headers", () => {
    const a = fromTemplate(template, { nonce: "AAAA", csrf: "1".repeat(64) });
    expect(a.body).toBe(`<script nonce="AAAA">x</script><input name="csrfToken" value="${"1".repeat(64)}"><p>"nonce":"AAAA"</p>`);
    expect(a.headers).toEqual([
      ["content-type", "text/html"],
      ["link", '</font.woff2>; rel=preload; nonce="AAAA"'],
    ]);
    const b = fromTemplate(template, { nonce: "BBBB", csrf: "2".repeat(64) });
    expect(b.body).not.toContain("AAAA");
    expect(b.body).not.toContain(PLACEHOLDERS.nonce);
    expect(b.body).not.toContain(PLACEHOLDERS.csrf);
  });

  it("a page without the nonce placeholder is not kept", () => {
    expect(toTemplate("<p>no scripts</p>", PLACEHOLDERS, [])).toBeNull();
  });

  it("keeps the page's headers, not those of one response", () => {
    const kept = keptHeaders(
      new Headers({
        "content-type": "text/html",
        "cache-control": "private, no-store",
        "set-cookie": "a=b",
        "content-length": "10",
        "content-encoding": "gzip",
        date: "now",
        "content-security-policy": "x",
        "x-request-id": "abc",
      }),
    );
    expect(Object.fromEntries(kept)).toEqual({ "content-type": "text/html", "cache-control": "private, no-store" });
  });
});

describe("withoutClientRuntime: a cached page is sent as plain HTML", () => {
  // The shapes Next 16 (Turbopack) writes, as seen in the portal's own pages.
  const page = [
    '<!DOCTYPE html><html lang="nb"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" nonce="N" href="/_next/static/chunks/b.js"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/c.js"/>',
    '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"/>',
    '<script src="/_next/static/chunks/b.js" async="" nonce="N"></script>',
    '<script src="/_next/static/chunks/poly.js" noModule="" nonce="N"></script>',
    '</head><body><form action="" method="POST"><input type="hidden" name="$ACTION_ID_1"/><button>Nei takk</button></form>',
    "<main><h1>Din pensjon</h1><p>self.__next_f is only text here</p></main>",
    '<script nonce="N" id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script nonce="N">(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script nonce="N">self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    '<script nonce="N">$RC("B:0","S:0")</script>',
    "</body></html>",
  ].join("");

  it("leaves out Next's script files, their preloads, React's payload and the bundler's bootstrap", () => {
    const html = withoutClientRuntime(page);
    expect(html).not.toMatch(/\.js"/);
    expect(html).not.toContain("__next_f.push");
    expect(html).not.toContain("TURBOPACK");
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("keeps the markup, the styles, the forms and any other inline script", () => {
    const html = withoutClientRuntime(page);
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N" data-precedence="next"/>',
      '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml"/>',
      '<input type="hidden" name="$ACTION_ID_1"/>',
      "<p>self.__next_f is only text here</p>",
      '<script nonce="N">$RC("B:0","S:0")</script>',
    ])
      expect(html).toContain(kept);
  });

  it("puts what it is given at the end of the body: the page-view count with the page's nonce", () => {
    const html = withoutClientRuntime(page, pageViewScript("N"));
    expect(html).toMatch(/<script nonce="N">fetch\("\/api\/statistikk",\{method:"POST",body:location\.pathname[^<]*<\/script><\/body><\/html>$/);
  });
});

describe("RenderCache", () => {
  const key: CacheKey = { path: "/", search: "", locale: "nb", stats: null };
  const template: Template = { body: { pieces: ["x"], slots: [] }, headers: [] };

  it("renders a page once, also when many ask at the same time, and answers later visitors from the copy", async () => {
    const render = vi.fn(async () => template);
    const cache = new RenderCache(render);
    const first = await Promise.all([cache.get(key, "2026-11-26"), cache.get(key, "2026-11-26"), cache.get(key, "2026-11-26")]);
    expect(render).toHaveBeenCalledTimes(1);
    expect(first.map((r) => r?.template)).toEqual([template, template, template]);
    expect((await cache.get(key, "2026-11-26"))?.filled).toBe(false);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it("keeps one copy per page, year, language and statistics choice", async () => {
    const render = vi.fn(async (_: CacheKey) => template);
    const cache = new RenderCache(render);
    await cache.get(key, "2026-11-26");
    await cache.get({ ...key, locale: "nn" }, "2026-11-26");
    await cache.get({ ...key, stats: "nei" }, "2026-11-26");
    await cache.get({ ...key, path: "/personvern" }, "2026-11-26");
    await cache.get({ ...key, path: "/utbetalingskalender", search: "?ar=2027" }, "2026-11-26");
    await cache.get({ ...key, path: "/utbetalingskalender" }, "2026-11-26");
    expect(render.mock.calls.map(([k]) => k)).toEqual([
      key,
      { ...key, locale: "nn" },
      { ...key, stats: "nei" },
      { ...key, path: "/personvern" },
      { ...key, path: "/utbetalingskalender", search: "?ar=2027" },
      { ...key, path: "/utbetalingskalender" },
    ]);
  });

  it("renders again on a new day (the calendar moves with the date)", async () => {
    const render = vi.fn(async () => template);
    const cache = new RenderCache(render);
    await cache.get(key, "2026-11-26");
    expect((await cache.get(key, "2026-11-27"))?.filled).toBe(true);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("keeps no failed render, and tries again only after a while", async () => {
    const render = vi.fn<(k: CacheKey) => Promise<Template | null>>().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce(null);
    render.mockResolvedValue(template);
    const cache = new RenderCache(render, 30_000);
    expect(await cache.get(key, "2026-11-26", 0)).toBeNull();
    expect(await cache.get(key, "2026-11-26", 10_000)).toBeNull();
    expect(render).toHaveBeenCalledTimes(1);
    expect(await cache.get(key, "2026-11-26", 30_000)).toBeNull();
    expect(render).toHaveBeenCalledTimes(2);
    expect((await cache.get(key, "2026-11-26", 60_000))?.template).toBe(template);
  });
});
