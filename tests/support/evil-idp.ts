import http from "node:http";
import { type AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, type JWK, SignJWT } from "jose";

export type TokenRecipe = (ctx: { issuer: string; nonce: string; sign: Signer; forge: Signer }) => Promise<string>;
type Signer = (claims: Record<string, unknown>, opts?: { alg?: string }) => Promise<string>;

/**
 * A minimal OpenID provider for tests: real discovery and JWKS, and a token
 * endpoint that answers with whatever ID token the current recipe makes.
 */
export async function startTestIdp() {
  const trusted = await generateKeyPair("RS256", { extractable: true });
  const untrusted = await generateKeyPair("RS256", { extractable: true });
  const kid = "test-key";
  const publicJwk: JWK = { ...(await exportJWK(trusted.publicKey)), kid, alg: "RS256", use: "sig" };
  let recipe: TokenRecipe | null = null;
  let nonce = "";

  const signWith =
    (key: CryptoKey): Signer =>
    (claims, opts) =>
      new SignJWT(claims).setProtectedHeader({ alg: opts?.alg ?? "RS256", kid }).sign(key);

  const server = http.createServer(async (req, res) => {
    const json = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/.well-known/openid-configuration") {
      return json({
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        end_session_endpoint: `${issuer}/endsession`,
        response_types_supported: ["code"],
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
        code_challenge_methods_supported: ["S256"],
      });
    }
    if (req.url === "/jwks") return json({ keys: [publicJwk] });
    if (req.url === "/token" && req.method === "POST") {
      const idToken = await recipe!({ issuer, nonce, sign: signWith(trusted.privateKey), forge: signWith(untrusted.privateKey) });
      return json({ access_token: "opaque", token_type: "Bearer", expires_in: 3600, id_token: idToken });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    setRecipe: (r: TokenRecipe) => (recipe = r),
    setNonce: (n: string) => (nonce = n),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
