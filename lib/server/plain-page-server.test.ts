import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, holdForPlainPage, makePagesPlain } from "./plain-page";
import { ownRequestHeader } from "./own-request";

/**
 * The plain page made in the request itself: a real HTTP server whose handler
 * writes responses the ways Next does (writeHead with headers, setHeader and
 * implicit headers, many chunks, a redirect, a file), with makePagesPlain
 * listening as it does in the portal.
 */

const NEXT_PAGE = [
  '<!DOCTYPE html><html lang="nb"><head><script src="/_next/static/chunks/b.js" async="" nonce="N1"></script></head>',
  "<body><main><h1>Utbetalinger</h1>",
  "x".repeat(3000),
  '</main><script nonce="N1">self.__next_f.push([1,"payload"])</script></body></html>',
];
const CSP = "default-src 'self'; script-src 'self' 'nonce-N1' 'strict-dynamic'";

/** What the handler saw of each request, by path. */
const seen = new Map<string, http.IncomingHttpHeaders>();

function handler(req: http.IncomingMessage, res: http.ServerResponse) {
  const path = (req.url ?? "/").split("?")[0];
  seen.set(path, { ...req.headers });
  switch (path) {
    case "/chunks": {
      // As Next streams a page: headers first, then the HTML in pieces, the last one with end().
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP, etag: '"abc"' });
      res.flushHeaders();
      for (const piece of NEXT_PAGE.slice(0, -1)) res.write(piece);
      res.end(NEXT_PAGE.at(-1));
      return;
    }
    case "/implicit-404": {
      res.statusCode = 404;
      res.setHeader("content-type", "text/html");
      res.write(Buffer.from(NEXT_PAGE.join("")));
      res.end();
      return;
    }
    case "/flat-headers": {
      res.writeHead(200, "OK", ["content-type", "text/html", "x-one", "1"]);
      res.end(NEXT_PAGE.join(""), "utf8");
      return;
    }
    case "/error": {
      res.writeHead(500, { "content-type": "text/html" });
      res.end(NEXT_PAGE.join(""));
      return;
    }
    case "/redirect": {
      res.writeHead(303, { location: "/kvittering" });
      res.end();
      return;
    }
    case "/file": {
      res.setHeader("content-type", "application/pdf");
      res.write(Buffer.from("%PDF-1.7 "));
      res.end(Buffer.from("x".repeat(2000)));
      return;
    }
    case "/already-plain": {
      res.writeHead(200, { "content-type": "text/html", "x-client-runtime": "none" });
      res.end(NEXT_PAGE.join(""));
      return;
    }
    default: {
      res.writeHead(200, { "content-type": "text/html", "content-security-policy": CSP });
      res.end(NEXT_PAGE.join(""));
    }
  }
}

let server: http.Server;
let stop: () => void;
let port = 0;

beforeAll(async () => {
  stop = makePagesPlain();
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  stop();
  await new Promise((resolve) => server.close(resolve));
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function request(path: string, headers: Record<string, string>, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(raw) : raw;
        if (res.headers["content-length"] !== undefined) expect(Number(res.headers["content-length"]), path).toBe(raw.length);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const BROWSER = { accept: "text/html,application/xhtml+xml,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

describe("makePagesPlain: a page load is answered plain in the same request", () => {
  it("a page Next streams in pieces is sent whole without the runtime, compressed, with the right length", async () => {
    const res = await request("/chunks", BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers["x-client-runtime"]).toBe("none");
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers.etag).toBeUndefined();
    expect(res.body).toContain("<h1>Utbetalinger</h1>");
    expect(res.body).toContain("x".repeat(3000));
    expect(res.body).not.toMatch(/__next_f|\/_next\/static\/chunks\/b\.js/);
    // Next did not compress it: the handler never saw that the browser takes gzip.
    expect(seen.get("/chunks")?.["accept-encoding"]).toBeUndefined();
  });

  it("without gzip in Accept-Encoding the page is sent as it is, and q=0 refuses gzip", async () => {
    const res = await request("/chunks", { accept: "text/html", "accept-encoding": "gzip;q=0, identity" });
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["x-client-runtime"]).toBe("none");
    expect(res.body).not.toContain("__next_f");
  });

  it("a 404 written with setHeader and implicit headers, and headers given to writeHead as a flat list, are plain too", async () => {
    const missing = await request("/implicit-404", BROWSER);
    expect(missing.status).toBe(404);
    expect(missing.headers["x-client-runtime"]).toBe("none");
    expect(missing.body).not.toContain("__next_f");
    const flat = await request("/flat-headers", BROWSER);
    expect(flat.headers["x-one"]).toBe("1");
    expect(flat.headers["x-client-runtime"]).toBe("none");
    expect(flat.body).toContain("<h1>Utbetalinger</h1>");
  });

  it("counts the page view with the response's nonce when the visitor said yes, and not for a form's answer", async () => {
    const yes = { ...BROWSER, cookie: "NEXT_LOCALE=nb; dp-statistikk=ja" };
    expect((await request("/page", yes)).body).toMatch(/<script nonce="N1">fetch\("\/api\/statistikk"/);
    expect((await request("/page", BROWSER)).body).not.toContain("/api/statistikk");
    const post = await request("/page", { ...yes, "content-type": "application/x-www-form-urlencoded" }, "POST");
    expect(post.headers["x-client-runtime"]).toBe("none");
    expect(post.body).not.toContain("/api/statistikk");
  });

  it("an error page, a redirect, a file and a page that is plain already are sent as they were written", async () => {
    const error = await request("/error", BROWSER);
    expect(error.status).toBe(500);
    expect(error.headers["x-client-runtime"]).toBeUndefined();
    expect(error.body).toContain("__next_f");
    // Still compressed: Next was told the browser takes none.
    expect(error.headers["content-encoding"]).toBe("gzip");
    const redirect = await request("/redirect", BROWSER);
    expect(redirect.status).toBe(303);
    expect(redirect.headers.location).toBe("/kvittering");
    const file = await request("/file", BROWSER);
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(file.headers["content-encoding"]).toBeUndefined();
    expect(file.body).toBe(`%PDF-1.7 ${"x".repeat(2000)}`);
    const plain = await request("/already-plain", BROWSER);
    expect(plain.body).toContain("__next_f");
    expect(plain.headers["content-encoding"]).toBe("gzip");
  });

  it("leaves alone what is not a page load: React's own requests, the API, Next's files, a fetch, the render cache's own request", async () => {
    const untouched: Array<[string, Record<string, string>]> = [
      ["/page", { ...BROWSER, rsc: "1" }],
      ["/api/x", BROWSER],
      ["/_next/static/x", BROWSER],
      ["/page", { accept: "*/*", "accept-encoding": "gzip" }],
      ["/page", { ...BROWSER, [ownRequestHeader("cache-fill")[0]]: ownRequestHeader("cache-fill")[1] }],
    ];
    for (const [path, headers] of untouched) {
      const res = await request(path, headers);
      expect(res.headers["x-client-runtime"], path).toBeUndefined();
      expect(res.body, path).toContain("__next_f");
      expect(seen.get(path)?.["accept-encoding"], path).toBe(headers["accept-encoding"]);
    }
  });
});

describe("holdForPlainPage", () => {
  it("sends the page as Next wrote it when it cannot be changed: with the runtime, never broken", async () => {
    const broken = http.createServer((req, res) => {
      holdForPlainPage(res, {
        gzip: false,
        change: () => {
          throw new Error("cannot");
        },
      });
      res.writeHead(200, { "content-type": "text/html" });
      res.write(NEXT_PAGE[0]);
      res.end(NEXT_PAGE.slice(1).join(""));
    });
    await new Promise<void>((resolve) => broken.listen(0, "127.0.0.1", resolve));
    const res = await fetch(`http://127.0.0.1:${(broken.address() as AddressInfo).port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-client-runtime")).toBeNull();
    expect(await res.text()).toBe(NEXT_PAGE.join(""));
    await new Promise((resolve) => broken.close(resolve));
  });
});

describe("acceptsGzip", () => {
  it("reads the codings and their weights", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
