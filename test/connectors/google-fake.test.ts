/**
 * The fake Google refuses what Google refuses, so the connector tests that pass against it mean
 * something: JWT checks at the token endpoint, metadata-scope limits, expired history ids,
 * invalid sync tokens, batch limits, Google's error body shape.
 */
import { env } from "cloudflare:test";
import { generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { scopesFor } from "../../connectors/google/index.ts";
import {
  control,
  registerServiceAccount,
  serviceAccountKey,
  uniqueUser,
  userPath,
} from "./google-support.ts";

const TOKEN_URL = env.GOOGLE_TOKEN_URL;
const api = (path: string) => new URL(path.replace(/^\//, ""), env.GMAIL_ROOT_URL).href;

async function assertion(
  iss: string,
  sub: string,
  scopes: string[],
  opts: { key?: CryptoKey; aud?: string; iat?: number; exp?: number } = {},
) {
  const key = opts.key ?? (await import("jose")).importPKCS8((await serviceAccountKey()).pkcs8, "RS256");
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ scope: scopes.join(" ") })
    .setProtectedHeader({ alg: "RS256", typ: "JWT" })
    .setIssuer(iss)
    .setSubject(sub)
    .setAudience(opts.aud ?? TOKEN_URL)
    .setIssuedAt(opts.iat ?? now)
    .setExpirationTime(opts.exp ?? now + 3600)
    .sign(await key);
}

async function token(jwt: string) {
  const res = await fetch(TOKEN_URL, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: jwt }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, string> };
}

describe("fake token endpoint", () => {
  it("issues a token for a valid assertion and refuses bad signatures, audiences, lifetimes and scopes", async () => {
    const user = uniqueUser("tok");
    const sa = await registerServiceAccount("tok", scopesFor("metadata"));
    const ok = await token(await assertion(sa.clientEmail, user, scopesFor("metadata")));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: "Bearer", expires_in: 3599 });

    const { privateKey } = await generateKeyPair("RS256");
    const forged = await token(
      await assertion(sa.clientEmail, user, scopesFor("metadata"), { key: privateKey }),
    );
    expect(forged).toMatchObject({
      status: 400,
      body: { error: "invalid_grant", error_description: "Invalid JWT Signature." },
    });
    const aud = await token(
      await assertion(sa.clientEmail, user, scopesFor("metadata"), {
        aud: "https://elsewhere.example/token",
      }),
    );
    expect(aud).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const now = Math.floor(Date.now() / 1000);
    const long = await token(
      await assertion(sa.clientEmail, user, scopesFor("metadata"), { iat: now, exp: now + 7200 }),
    );
    expect(long.body.error_description).toMatch(/short-lived token/);
    const scope = await token(await assertion(sa.clientEmail, user, scopesFor("readonly")));
    expect(scope).toMatchObject({ status: 401, body: { error: "unauthorized_client" } });
    const unknown = await token(
      await assertion("nobody@x.iam.gserviceaccount.com", user, scopesFor("metadata")),
    );
    expect(unknown.status).toBe(401);
  });
});

describe("fake Gmail and Calendar", () => {
  async function bearer(user: string, mode: "metadata" | "readonly") {
    const sa = await registerServiceAccount("api");
    const t = await token(await assertion(sa.clientEmail, user, scopesFor(mode)));
    return { authorization: `Bearer ${t.body.access_token}` };
  }

  it("enforces the gmail.metadata limits (no q, no format=full/raw) and answers Google's error body", async () => {
    const user = uniqueUser("meta");
    const ids = await control<{ ids: string[] }>(userPath(user, "/messages/generate"), { count: 3 });
    const h = await bearer(user, "metadata");
    const q = await fetch(api("/gmail/v1/users/me/messages?q=after:1"), { headers: h });
    expect(q.status).toBe(403);
    expect(await q.json()).toEqual({
      error: {
        code: 403,
        message: "Metadata scope does not support 'q' parameter",
        errors: [
          { message: "Metadata scope does not support 'q' parameter", domain: "global", reason: "forbidden" },
        ],
        status: "PERMISSION_DENIED",
      },
    });
    const full = await fetch(api(`/gmail/v1/users/me/messages/${ids.ids[0]}?format=full`), { headers: h });
    expect(full.status).toBe(403);
    const meta = await fetch(
      api(`/gmail/v1/users/me/messages/${ids.ids[0]}?format=metadata&metadataHeaders=Subject`),
      { headers: h },
    );
    const body = (await meta.json()) as { payload: { headers: { name: string }[] }; internalDate: string };
    expect(body.payload.headers.map((x) => x.name)).toEqual(["Subject"]);
    expect(typeof body.internalDate).toBe("string");
    // Another user's mailbox with this token: delegation denied.
    expect((await fetch(api("/gmail/v1/users/other@acme.example/profile"), { headers: h })).status).toBe(403);
  });

  it("serves raw as base64url RFC 5322, 404s an expired history id and 410s an invalidated sync token", async () => {
    const user = uniqueUser("raw");
    const ids = await control<{ ids: string[] }>(userPath(user, "/messages/generate"), { count: 2 });
    await control(userPath(user, "/events/generate"), { count: 3 });
    const h = await bearer(user, "readonly");
    const raw = (await (
      await fetch(api(`/gmail/v1/users/me/messages/${ids.ids[0]}?format=raw`), { headers: h })
    ).json()) as { raw: string };
    const text = atob(raw.raw.replace(/-/g, "+").replace(/_/g, "/"));
    expect(text).toMatch(/^Delivered-To: /);
    expect(text).toMatch(/\r\nMessage-ID: <[^>]+>\r\n/);
    const profile = (await (await fetch(api("/gmail/v1/users/me/profile"), { headers: h })).json()) as {
      historyId: string;
    };
    await control(userPath(user, "/history/expire"));
    const gone = await fetch(api(`/gmail/v1/users/me/history?startHistoryId=${profile.historyId}`), {
      headers: h,
    });
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason).toBe(
      "notFound",
    );
    const list = (await (
      await fetch(api("/calendar/v3/calendars/primary/events?singleEvents=true"), { headers: h })
    ).json()) as {
      nextSyncToken: string;
    };
    await control(userPath(user, "/sync-tokens/invalidate"));
    const stale = await fetch(
      api(`/calendar/v3/calendars/primary/events?syncToken=${encodeURIComponent(list.nextSyncToken)}`),
      {
        headers: h,
      },
    );
    expect(stale.status).toBe(410);
    expect(
      ((await stale.json()) as { error: { errors: { reason: string }[] } }).error.errors[0]?.reason,
    ).toBe("fullSyncRequired");
    const mixed = await fetch(
      api(`/calendar/v3/calendars/primary/events?syncToken=x&timeMin=2026-01-01T00:00:00Z`),
      { headers: h },
    );
    expect(mixed.status).toBe(400);
  });

  it("refuses a batch over 100 calls and a batch that is not multipart", async () => {
    const user = uniqueUser("batch");
    const h = await bearer(user, "metadata");
    const parts = Array.from(
      { length: 101 },
      (_, i) =>
        `--b\r\nContent-Type: application/http\r\nContent-ID: <i${i}>\r\n\r\nGET /gmail/v1/users/me/profile\r\n\r\n`,
    );
    const big = await fetch(api("/batch/gmail/v1"), {
      method: "POST",
      headers: { ...h, "content-type": "multipart/mixed; boundary=b" },
      body: `${parts.join("")}--b--`,
    });
    expect(big.status).toBe(400);
    const json = await fetch(api("/batch/gmail/v1"), {
      method: "POST",
      headers: { ...h, "content-type": "application/json" },
      body: "{}",
    });
    expect(json.status).toBe(400);
  });
});
