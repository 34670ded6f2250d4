import type http from "node:http";

/**
 * A mock of the identity-check provider used for the digital life
 * certificate (the real ones read the chip in a passport or national ID card
 * and compare its photo with a selfie). It runs beside the mock ID-porten so
 * every outcome can be tested: success, face mismatch, expired document, and
 * the provider being unavailable. Like the real ones, it hands the result to
 * the portal once, server to server, and forgets it.
 */
const OUTCOMES = {
  success: "Godkjent: dokumentet er gyldig og ansiktet stemmer",
  faceMismatch: "Ansiktet stemmer ikke med bildet i dokumentet",
  expiredDocument: "Dokumentet er utløpt",
  unavailable: "Tjenesten er nede når portalen henter resultatet",
} as const;
type Outcome = keyof typeof OUTCOMES;

const results = new Map<string, { outcome: Outcome; document: string }>();

const page = (body: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mock identitetskontroll</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}fieldset{border:1px solid #6a6a6a;border-radius:6px;margin:0 0 1.5rem;padding:1rem}legend{font-weight:700}label{display:block;padding:.35rem 0}button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border:0;border-radius:6px;background:#0063c1;color:#fff}.note{background:#fff5e6;border-left:4px solid #c77300;padding:.5rem 1rem}</style></head><body><main>${body}</main></body></html>`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Handles /verify/…; false for any other path. `portalUrl` is the only place it sends the browser back to. */
export async function verifierRoutes(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  portalUrl: string,
  readForm: (r: http.IncomingMessage) => Promise<URLSearchParams>,
): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://mock.invalid");
  if (!url.pathname.startsWith("/verify/")) return false;
  const send = (status: number, type: string, body: string) => {
    res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
    res.end(body);
  };
  const session = url.searchParams.get("session") ?? "";
  const validSession = /^[a-f0-9]{32}$/.test(session);
  if (url.pathname === "/verify/health") return (send(200, "text/plain", "ok"), true);
  if (url.pathname === "/verify/start" && req.method === "GET") {
    if (!validSession) return (send(400, "text/plain", "session mangler"), true);
    const radios = (Object.keys(OUTCOMES) as Outcome[])
      .map((o, i) => `<label><input type="radio" name="outcome" value="${o}"${i === 0 ? " checked" : ""}> ${escape(OUTCOMES[o])}</label>`)
      .join("");
    send(
      200,
      "text/html; charset=utf-8",
      page(`<h1>Mock identitetskontroll</h1><p class="note">Testtjeneste: her leses ikke noe dokument, og det tas ikke noe bilde. Velg hva kontrollen skal svare.</p>
<form method="post" action="/verify/finish"><input type="hidden" name="session" value="${escape(session)}">
<fieldset><legend>Dokument</legend><label><input type="radio" name="document" value="PASSPORT" checked> Pass</label><label><input type="radio" name="document" value="ID_CARD"> Nasjonalt ID-kort</label></fieldset>
<fieldset><legend>Resultat</legend>${radios}</fieldset><button type="submit">Fullfør kontrollen</button></form>`),
    );
    return true;
  }
  if (url.pathname === "/verify/finish" && req.method === "POST") {
    const form = await readForm(req);
    const s = form.get("session") ?? "";
    const outcome = form.get("outcome") as Outcome | null;
    if (!/^[a-f0-9]{32}$/.test(s) || !outcome || !(outcome in OUTCOMES)) return (send(400, "text/plain", "ugyldig skjema"), true);
    results.set(s, { outcome, document: form.get("document") === "ID_CARD" ? "ID_CARD" : "PASSPORT" });
    res.writeHead(303, { location: `${portalUrl}/leveattest/svar?session=${s}` });
    res.end();
    return true;
  }
  const result = /^\/verify\/result\/([a-f0-9]{32})$/.exec(url.pathname);
  if (result && req.method === "GET") {
    const found = results.get(result[1]);
    if (!found) return (send(404, "application/json", JSON.stringify({ error: "unknown" })), true);
    if (found.outcome === "unavailable") return (send(503, "application/json", JSON.stringify({ error: "unavailable" })), true);
    results.delete(result[1]);
    send(200, "application/json", JSON.stringify({ outcome: found.outcome, document: found.document }));
    return true;
  }
  send(404, "text/plain", "ukjent");
  return true;
}
