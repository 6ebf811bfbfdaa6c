/**
 * A local stand-in for Cloudflare Access, for tests and the local demo: it holds one RS256 key
 * pair, publishes the public key at `/cdn-cgi/access/certs` (the shape of
 * `https://<team>.cloudflareaccess.com/cdn-cgi/access/certs`) and mints application tokens on
 * request, as Access does after a sign-in.
 *
 *   GET  /cdn-cgi/access/certs        { keys: [JWK], public_cert: { kid, cert }, public_certs: [...] }
 *   POST /_fake/tokens                { email, aud?, iss?, expiresIn?: seconds (negative: expired), sub? }
 *                                     → { token }  (signed with this fake's key)
 *
 * Stateless apart from the key, so parallel tests never collide.
 */
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { z } from "zod";

/** Issuer and audience the test bindings use (vitest.config.ts). */
export const FAKE_ACCESS_ISSUER = "https://ghostwatch-test.cloudflareaccess.com";
export const FAKE_ACCESS_AUD = "ghostwatch-test-aud";

const TokenRequest = z.object({
  email: z.string().min(3),
  aud: z.union([z.string(), z.array(z.string())]).default(FAKE_ACCESS_AUD),
  iss: z.string().default(FAKE_ACCESS_ISSUER),
  expiresIn: z.number().int().default(3600),
  sub: z.string().optional(),
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Starts the fake on a loopback port.
 *
 * @example
 * const access = await startServer(); // access.url + "/cdn-cgi/access/certs"
 */
export async function startServer(options: { port?: number } = {}) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const kid = `fake-${Math.random().toString(36).slice(2, 10)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://fake.invalid");
    (async () => {
      if (req.method === "GET" && url.pathname === "/cdn-cgi/access/certs")
        return send(200, { keys: [jwk], public_cert: { kid, cert: "" }, public_certs: [{ kid, cert: "" }] });
      if (req.method === "POST" && url.pathname === "/_fake/tokens") {
        const parsed = TokenRequest.safeParse(JSON.parse((await readBody(req)) || "{}"));
        if (!parsed.success)
          return send(400, { error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
        const t = parsed.data;
        const now = Math.floor(Date.now() / 1000);
        const token = await new SignJWT({ email: t.email, type: "app", identity_nonce: kid })
          .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
          .setIssuer(t.iss)
          .setAudience(t.aud)
          .setSubject(t.sub ?? t.email)
          .setIssuedAt(now - 5)
          .setNotBefore(now - 5)
          .setExpirationTime(now + t.expiresIn)
          .sign(privateKey);
        return send(200, { token });
      }
      return send(404, { error: `no route ${req.method} ${url.pathname}` });
    })().catch((e: unknown) => send(500, { error: (e as Error).message }));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
