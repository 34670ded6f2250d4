import zlib from "node:zlib";

/** What a browser sends when it loads a page: the portal answers a page load (plain pages, ADR 0021) differently from other requests. */
export const BROWSER_HEADERS = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "accept-encoding": "gzip, deflate, br" };

/**
 * First-load JavaScript of a page as the browser gets it: every script the
 * HTML names (src and modulepreload), fetched and gzip-compressed, and every
 * inline script but React's payload, summed. Counts what is really
 * downloaded, not what the build claims.
 */
export async function firstLoadJs(base: string, path: string, headers: Record<string, string> = {}): Promise<{ bytes: number; files: number }> {
  const res = await fetch(new URL(path, base), { headers: { ...BROWSER_HEADERS, ...headers }, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  const urls = new Set<string>();
  // Scripts marked noModule are for old browsers only; a modern browser does not download them.
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) if (!/nomodule/i.test(m[1] + m[3])) urls.add(m[2]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="preload"/g)) urls.add(m[1]);
  let bytes = 0;
  // React's payload (self.__next_f) is the page's data, part of the HTML; any other inline script is code.
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g))
    if (m[1] && !/^\s*\(?self\.__next_f/.test(m[1])) bytes += zlib.gzipSync(m[1]).length;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(new URL(url.replace(/&amp;/g, "&"), base))).arrayBuffer());
    bytes += zlib.gzipSync(body).length;
  }
  return { bytes, files: urls.size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
  const cookie = process.env.BENCH_COOKIE;
  for (const p of paths.length ? paths : ["/"]) {
    const r = await firstLoadJs(base, p, cookie ? { cookie } : {});
    console.info(`${p}: ${(r.bytes / 1024).toFixed(1)} kB gzip in ${r.files} files`);
  }
}
