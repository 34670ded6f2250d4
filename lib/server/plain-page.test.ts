import { describe, expect, it } from "vitest";
import { plainResponseBody, wantsPlainPage } from "./plain-page";
import { isOwnRequest, ownRequestHeader } from "./own-request";

const PAGE = [
  '<!DOCTYPE html><html lang="nb"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" nonce="N"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js" nonce="N"/>',
  '<script src="/_next/static/chunks/b.js" async="" nonce="N"></script>',
  "</head><body><main><h1>Utbetalinger</h1>",
  '<button type="button" data-print="true">Skriv ut</button></main>',
  '<script nonce="N">(function enhance(config){})({"session":null})</script>',
  '<script nonce="N">(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script nonce="N">self.__next_f.push([1,"payload"])</script>',
  "</body></html>",
].join("");

const FORM_PAGE = PAGE.replace("</main>", '<form action="" method="POST"><input type="hidden" name="$ACTION_KEY" value="k1"/></form></main>');

describe("plainResponseBody: what a page load gets", () => {
  it("a page without an island loses Next's runtime and keeps its markup, styles and own script", () => {
    const body = plainResponseBody(PAGE, false, "N");
    expect(body).not.toContain("/_next/static/chunks/b.js");
    expect(body).not.toContain("__next_f");
    expect(body).toContain('href="/_next/static/chunks/a.css"');
    expect(body).toContain("<h1>Utbetalinger</h1>");
    expect(body).toContain("function enhance");
  });

  it("counts the page view with the response's nonce only when the visitor said yes", () => {
    expect(plainResponseBody(PAGE, true, "NONCE2")).toMatch(/<script nonce="NONCE2">fetch\("\/api\/statistikk"[^<]*<\/script><\/body>/);
    expect(plainResponseBody(PAGE, false, "NONCE2")).not.toContain("/api/statistikk");
  });

  it("a page with a form loses the runtime too, and keeps the fields a post without JavaScript needs", () => {
    const body = plainResponseBody(FORM_PAGE, false, "N");
    expect(body).not.toContain("__next_f");
    expect(body).toContain('<form action="" method="POST"><input type="hidden" name="$ACTION_KEY" value="k1"/></form>');
  });
});

describe("wantsPlainPage: which requests are page loads or a browser's form posts", () => {
  const load = (over: { method?: string; pathname?: string; headers?: Record<string, string> } = {}) =>
    wantsPlainPage({
      method: over.method ?? "GET",
      pathname: over.pathname ?? "/oversikt",
      headers: new Headers(over.headers ?? { accept: "text/html,application/xhtml+xml,*/*;q=0.8" }),
    });

  it("a browser loading a page", () => {
    expect(load()).toBe(true);
    expect(load({ pathname: "/" })).toBe(true);
  });

  it("a browser posting a form on a page and waiting for the page that answers", () => {
    for (const type of ["multipart/form-data; boundary=----x", "application/x-www-form-urlencoded"])
      expect(load({ method: "POST", headers: { accept: "text/html", "content-type": type } }), type).toBe(true);
  });

  it("not React running an action itself, a post of anything but a form, the API, or a request that does not take HTML", () => {
    const form = { accept: "text/html", "content-type": "multipart/form-data; boundary=----x" };
    expect(load({ method: "POST", headers: { ...form, "next-action": "7f00" } })).toBe(false);
    expect(load({ method: "POST", headers: { ...form, "content-type": "application/json" } })).toBe(false);
    expect(load({ method: "POST", headers: { ...form, accept: "text/x-component" } })).toBe(false);
    expect(load({ method: "POST", pathname: "/api/auth/signin/idporten", headers: form })).toBe(false);
    expect(load({ method: "POST" })).toBe(false);
    expect(load({ method: "HEAD" })).toBe(false);
    expect(load({ method: "PUT", headers: form })).toBe(false);
    expect(load({ pathname: "/api/sesjon" })).toBe(false);
    expect(load({ headers: { accept: "*/*" } })).toBe(false);
    expect(load({ headers: {} })).toBe(false);
  });

  it("not React asking for its payload on a client-side navigation or a prefetch", () => {
    for (const name of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"])
      expect(load({ headers: { accept: "text/html", [name]: "1" } }), name).toBe(false);
  });
});

describe("own requests: only the process's own secret, and only for its purpose", () => {
  it("recognises its own header and nothing else", () => {
    const [, value] = ownRequestHeader("cache-fill");
    const secret = value.split(":")[1];
    expect(isOwnRequest(value, "cache-fill")).toBe(true);
    expect(isOwnRequest(value)).toBe(true);
    expect(isOwnRequest(`plain-page:${secret}`, "cache-fill")).toBe(false);
    expect(isOwnRequest(`cache-fill:${crypto.randomUUID()}`, "cache-fill")).toBe(false);
    expect(isOwnRequest("cache-fill:", "cache-fill")).toBe(false);
    expect(isOwnRequest(secret)).toBe(false);
    expect(isOwnRequest(`:${secret}`)).toBe(false);
    expect(isOwnRequest(null)).toBe(false);
    expect(isOwnRequest("")).toBe(false);
  });
});
