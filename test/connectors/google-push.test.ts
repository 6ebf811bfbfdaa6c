/**
 * Pub/Sub push verification (OIDC JWT signed by the fake's "Google" key, served as a JWKS) and
 * the Gmail watch lifecycle.
 */
import { env } from "cloudflare:test";
import { decodeProtectedHeader, exportJWK, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  renewWatch,
  verifyPubSubPush,
  WATCH_RENEW_AFTER_MS,
  watchMailbox,
} from "../../connectors/google/index.ts";
import {
  control,
  mailboxFor,
  registerServiceAccount,
  stats,
  uniqueUser,
  userPath,
} from "./google-support.ts";

const AUDIENCE = "https://ghostwatch.test/push/gmail";
const PUSH_SA = "gmail-push@ghostwatch-test.iam.gserviceaccount.com";
const JWKS_URL = new URL("oauth2/v3/certs", env.GMAIL_ROOT_URL).href;

interface PushRequest {
  headers: Record<string, string>;
  body: { message: { data: string } };
}

async function pushFor(
  user: string,
  overrides: { audience?: string; serviceAccountEmail?: string; claims?: Record<string, unknown> } = {},
) {
  const p = await control<PushRequest>("/_fake/pubsub/push", {
    emailAddress: user,
    audience: overrides.audience ?? AUDIENCE,
    serviceAccountEmail: overrides.serviceAccountEmail ?? PUSH_SA,
    claims: overrides.claims,
  });
  return p;
}

const toRequest = (p: PushRequest, authorization = p.headers.authorization) =>
  new Request(AUDIENCE, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(p.body),
  });

const verify = (req: Request, now?: Date) =>
  verifyPubSubPush(req, {
    audience: AUDIENCE,
    serviceAccountEmail: PUSH_SA,
    jwksUrl: JWKS_URL,
    ...(now ? { now } : {}),
  });

describe("verifyPubSubPush", () => {
  it("accepts a genuine push and decodes emailAddress and historyId", async () => {
    const user = uniqueUser("push");
    await control(userPath(user, "/messages/generate"), { count: 3, mode: "arrive" });
    const state = await control<{ historyId: string }>(userPath(user, "/state"), undefined, "GET");
    const v = await verify(toRequest(await pushFor(user)));
    expect(v).toEqual({ ok: true, emailAddress: user, historyId: state.historyId });
  });

  it("refuses a token signed with another key under Google's kid", async () => {
    const user = uniqueUser("forged");
    const genuine = await pushFor(user);
    const { kid } = decodeProtectedHeader(genuine.headers.authorization!.slice(7));
    const { privateKey } = await generateKeyPair("RS256");
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ email: PUSH_SA, email_verified: true })
      .setProtectedHeader({ alg: "RS256", kid: kid!, typ: "JWT" })
      .setIssuer("https://accounts.google.com")
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(privateKey);
    const v = await verify(toRequest(genuine, `Bearer ${forged}`));
    expect(v).toMatchObject({ ok: false, reason: expect.stringMatching(/signature/i) });
  });

  it("refuses a wrong audience, a wrong or unverified email, a foreign issuer and an expired token", async () => {
    const user = uniqueUser("claims");
    const now = Math.floor(Date.now() / 1000);
    const cases: [Parameters<typeof pushFor>[1], RegExp][] = [
      [{ audience: "https://elsewhere.example/push" }, /aud/],
      [
        { serviceAccountEmail: "intruder@evil.iam.gserviceaccount.com" },
        /not the configured push service account/,
      ],
      [{ claims: { email_verified: false } }, /not verified/],
      [{ claims: { iss: "https://evil.example" } }, /iss/],
      [{ claims: { iat: now - 7200, exp: now - 3600 } }, /ERR_JWT_EXPIRED/],
    ];
    for (const [overrides, reason] of cases) {
      const v = await verify(toRequest(await pushFor(user, overrides)));
      expect(v.ok, JSON.stringify(overrides)).toBe(false);
      expect(!v.ok && v.reason).toMatch(reason);
    }
    // A genuine token is refused once it has expired by the verifier's clock.
    const later = await verify(toRequest(await pushFor(user)), new Date(Date.now() + 2 * 3_600_000));
    expect(later).toMatchObject({ ok: false, reason: expect.stringMatching(/ERR_JWT_EXPIRED/) });
  });

  it("refuses a missing token and a body without Gmail's data; accepts a local JWKS too", async () => {
    const user = uniqueUser("body");
    const genuine = await pushFor(user);
    expect(await verify(toRequest(genuine, ""))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/missing/),
    });
    const bad = { ...genuine, body: { message: { data: btoa('{"hello":1}') } } };
    expect(await verify(toRequest(bad))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/emailAddress\/historyId/),
    });
    const jwks = (await (await fetch(JWKS_URL)).json()) as { keys: [] };
    const local = await verifyPubSubPush(toRequest(genuine), {
      audience: AUDIENCE,
      serviceAccountEmail: PUSH_SA,
      jwks,
    });
    expect(local.ok).toBe(true);
    const { publicKey } = await generateKeyPair("RS256");
    const otherKeys = {
      keys: [
        {
          ...(await exportJWK(publicKey)),
          kid: decodeProtectedHeader(genuine.headers.authorization!.slice(7)).kid,
        },
      ],
    };
    const wrong = await verifyPubSubPush(toRequest(genuine), {
      audience: AUDIENCE,
      serviceAccountEmail: PUSH_SA,
      jwks: otherKeys,
    });
    expect(wrong.ok).toBe(false);
  });
});

describe("watchMailbox / renewWatch", () => {
  it("watches the topic, renews at most daily, and refuses a malformed topic", async () => {
    const user = uniqueUser("watch");
    const options = {
      gmailRootUrl: env.GMAIL_ROOT_URL,
      calendarRootUrl: env.CALENDAR_ROOT_URL,
      tokenUrl: env.GOOGLE_TOKEN_URL,
      serviceAccount: await registerServiceAccount("watch"),
      mailbox: mailboxFor(user),
      scopeMode: "metadata" as const,
      topicName: "projects/ghostwatch-test/topics/gmail",
      labelIds: ["INBOX", "SENT"],
    };
    const now = new Date();
    const first = await watchMailbox(options, now);
    expect(first.expiration.getTime()).toBeGreaterThan(now.getTime() + 6 * 86_400_000);
    const fake = await control<{ watch: { topicName: string; labelIds: string[] } }>(
      userPath(user, "/state"),
      undefined,
      "GET",
    );
    expect(fake.watch).toMatchObject({ topicName: options.topicName, labelIds: ["INBOX", "SENT"] });

    const soon = await renewWatch(options, first, new Date(now.getTime() + 3_600_000));
    expect(soon.renewed).toBe(false);
    const nextDay = await renewWatch(options, first, new Date(now.getTime() + WATCH_RENEW_AFTER_MS));
    expect(nextDay.renewed).toBe(true);
    expect((await stats(user)).byMethod["gmail.users.watch"]).toBe(2);
    await expect(watchMailbox({ ...options, topicName: "gmail-topic" })).rejects.toThrow(/400.*topicName/);
  });
});
