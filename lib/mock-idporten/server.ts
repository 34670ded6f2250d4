/**
 * Mock ID-porten for development and tests: a real OpenID Connect provider
 * (oidc-provider) with synthetic test persons. Never for production.
 */
import http from "node:http";
import crypto from "node:crypto";
import Provider from "oidc-provider";
import { exportJWK, generateKeyPair } from "jose";
import { ACR, EIDS, type Eid } from "../domain/security-level";
import { scenarios } from "../../prisma/scenarios";
import { today } from "../clock";
import { eidsFor, providerConfig, TESTID_PREFIX } from "./config";
import { parseFnr } from "../domain/fnr";
import { loginPage } from "./pages";
import { verifierRoutes } from "./verifier";

export type MockOptions = {
  port: number;
  host?: string;
  portalUrl: string;
  clientId: string;
  clientSecret: string;
};

function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error("Form too large"));
    });
    req.on("end", () => resolve(new URLSearchParams(body)));
    req.on("error", reject);
  });
}

export function assertAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === "production" && env.MOCK_IDPORTEN_ALLOW_PRODUCTION !== "true") {
    throw new Error("Mock ID-porten refuses to start with NODE_ENV=production (set MOCK_IDPORTEN_ALLOW_PRODUCTION=true to override)");
  }
}

export async function startMockIdporten(opts: MockOptions): Promise<{ issuer: string; close: () => Promise<void> }> {
  assertAllowed();
  const host = opts.host ?? "127.0.0.1";
  const issuer = `http://${host}:${opts.port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), alg: "RS256", use: "sig" };
  const persons = () => scenarios(today());
  // ID-porten reports the language the user logged in with (from ui_locales).
  const locales = new Map<string, "nb" | "nn" | "en">();
  const provider = new Provider(
    issuer,
    providerConfig(
      {
        clientId: opts.clientId,
        clientSecret: opts.clientSecret,
        redirectUri: `${opts.portalUrl}/api/auth/callback/idporten`,
        postLogoutRedirectUri: `${opts.portalUrl}/logget-ut`,
        backchannelLogoutUri: `${opts.portalUrl}/api/auth/backchannel-logout`,
      },
      persons,
      (accountId) => locales.get(accountId) ?? "nb",
      jwk,
      [crypto.randomBytes(32).toString("hex")],
    ),
  );
  provider.on("backchannel.error", (_ctx: unknown, error: Error) => console.warn(`[mock-idporten] back-channel logout failed: ${error.message}`));
  const oidc = provider.callback();

  const server = http.createServer(async (req, res) => {
    if (await verifierRoutes(req, res, opts.portalUrl.replace(/\/$/, ""), readForm)) return;
    const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(req.url ?? "");
    if (!match) return oidc(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      const acrValues = details.params.acr_values as string | undefined;
      const offered = eidsFor(acrValues);
      const highOnly = !offered.includes("minid");
      const html = (error?: string, form?: URLSearchParams) => {
        res.writeHead(error ? 400 : 200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        res.end(
          loginPage({
            uid: details.uid,
            eids: offered,
            persons: persons(),
            highOnly,
            error,
            chosenEid: form?.get("eid") ?? undefined,
            chosenPerson: form?.get("person") ?? undefined,
            typedPid: form?.get("pid") ?? undefined,
          }),
        );
      };
      if (req.method === "GET" && !match[2]) return html();
      if (req.method !== "POST") {
        res.writeHead(405).end();
        return;
      }
      if (match[2] === "/abort") {
        return provider.interactionFinished(
          req,
          res,
          { error: "access_denied", error_description: "Innloggingen ble avbrutt" },
          { mergeWithLastSubmission: false },
        );
      }
      const form = await readForm(req);
      const eid = form.get("eid") as Eid | null;
      const typed = (form.get("pid") ?? "").replace(/\s/g, "");
      const person = persons().find((p) => p.key === form.get("person"));
      if (!eid || !offered.includes(eid)) return html("Velg en elektronisk ID som gir høyt nok sikkerhetsnivå.", form);
      let accountId: string;
      if (typed) {
        // TestID: any synthetic number, with any eID.
        if (parseFnr(typed)?.kind !== "synthetic") return html("Skriv et syntetisk fødselsnummer (11 siffer, måneden pluss 80).", form);
        accountId = TESTID_PREFIX + typed;
      } else {
        if (!person) return html("Velg en testperson.", form);
        if (!person.eids.includes(eid)) {
          return html(`${person.givenName} ${person.familyName} har ikke denne elektroniske ID-en. Velg en annen.`, form);
        }
        accountId = person.key;
      }
      const asked = String(details.params.ui_locales ?? "").slice(0, 2);
      locales.set(accountId, asked === "en" || asked === "nn" ? asked : "nb");
      const acr = EIDS[eid].level === "high" ? ACR.high : ACR.substantial;
      await provider.interactionFinished(req, res, { login: { accountId, acr, amr: [EIDS[eid].amr], remember: false } }, { mergeWithLastSubmission: false });
    } catch (error) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Innloggingen kunne ikke fullføres: ${error instanceof Error ? error.message : "ukjent feil"}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port, host, resolve));
  // Closing drops the connections browsers keep alive too: a test mock has nothing to finish.
  let closed: Promise<void> | null = null;
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  return { issuer, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.MOCK_IDPORTEN_PORT ?? 8090);
  startMockIdporten({
    port,
    portalUrl: process.env.PORTAL_URL ?? "http://127.0.0.1:3000",
    clientId: process.env.IDPORTEN_CLIENT_ID ?? "din-pensjon-local",
    clientSecret: process.env.IDPORTEN_CLIENT_SECRET ?? "local-mock-secret-not-for-production",
  }).then(
    ({ issuer }) => console.info(`[mock-idporten] listening on ${issuer}`),
    (error) => {
      console.error(`[mock-idporten] ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
