/**
 * Quota and back-off against the fake: rate limits (403/429), 5xx and Retry-After are retried
 * with exponential back-off and the sync still ends correct; the per-user token bucket keeps
 * the units under budget; a wait beyond the maximum becomes ProviderBackoffError, and the sync
 * resumes from the last stored cursor without duplicates.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  createGoogleMailboxSource,
  type GoogleSourceOptions,
  ServiceAccountTokenProvider,
  scopesFor,
} from "../../connectors/google/index.ts";
import { ProviderBackoffError } from "../../connectors/types.ts";
import {
  control,
  mailboxFor,
  PageStore,
  registerServiceAccount,
  stats,
  uniqueUser,
  userPath,
  virtualTime,
} from "./google-support.ts";

async function setup(tag: string, count: number, extra: Partial<GoogleSourceOptions> = {}) {
  const user = uniqueUser(tag);
  const now = new Date();
  await control(userPath(user, "/messages/generate"), {
    count,
    endMs: now.getTime(),
    spanDays: 20,
    seed: 41,
  });
  await control(userPath(user, "/events/generate"), { count: 12, seed: 42 });
  const time = virtualTime();
  const source = createGoogleMailboxSource({
    gmailRootUrl: env.GMAIL_ROOT_URL,
    calendarRootUrl: env.CALENDAR_ROOT_URL,
    tokenUrl: env.GOOGLE_TOKEN_URL,
    serviceAccount: await registerServiceAccount(tag),
    mailbox: mailboxFor(user),
    scopeMode: "metadata",
    sleep: time.sleep,
    clock: time.clock,
    random: time.random,
    ...extra,
  });
  return { user, now, time, source };
}

describe("rate limits and server errors", () => {
  it("retries 429/403 rate limits, 500/503 and token-endpoint failures with back-off and ends correct", async () => {
    const { user, now, time, source } = await setup("faults", 400);
    await control(userPath(user, "/faults"), {
      faults: [
        { method: "oauth.token", status: 503, times: 1 },
        { method: "gmail.users.getProfile", status: 500, times: 1 },
        { method: "gmail.users.messages.list", status: 429, reason: "rateLimitExceeded", times: 2 },
        { method: "gmail.users.messages.get", status: 403, reason: "userRateLimitExceeded", times: 7 },
        { method: "gmail.users.messages.get", status: 503, times: 3 },
        {
          method: "calendar.events.list",
          status: 403,
          reason: "rateLimitExceeded",
          retryAfterSeconds: 3,
          times: 1,
        },
      ],
    });
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(400);
    expect(store.events.size).toBe(12);
    expect(store.duplicates).toEqual([]);
    expect(store.skipped).toEqual([]);
    const s = await stats(user);
    expect(s.faultsServed).toBe(1 + 1 + 2 + 7 + 3 + 1);
    // Each successful message was charged once: the refused batch items were fetched again, not twice.
    expect(s.byMethod["gmail.users.messages.get"]).toBe(400);
    // Exponential: the two consecutive list failures waited ~1 s then ~2 s (jitter fixed at 0.75).
    expect(time.sleeps).toContain(750);
    expect(time.sleeps).toContain(1500);
    // Retry-After (3 s) beats the computed 750 ms.
    expect(time.sleeps).toContain(3000);
  });

  it("keeps the units under the per-user budget (token bucket) while syncing", async () => {
    const unitsPerMinute = 1200;
    const { user, now, time, source } = await setup("bucket", 500, { quota: { unitsPerMinute } });
    const start = time.clock();
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(500);
    const elapsedMin = (time.clock() - start) / 60_000;
    const s = await stats(user);
    expect(s.units).toBeGreaterThan(2500);
    // Burst (a quarter minute) + the refill rate over the elapsed virtual time bounds what was spent.
    expect(s.units).toBeLessThanOrEqual(unitsPerMinute / 4 + unitsPerMinute * elapsedMin + 1);
    expect(elapsedMin).toBeGreaterThan(1.5);
  });
});

describe("slow responses", () => {
  it("treats an answer slower than the request timeout as a retryable failure", async () => {
    const { user, now, source } = await setup("slow", 120, { requestTimeoutMs: 400 });
    await control(userPath(user, "/faults"), {
      faults: [
        { method: "gmail.users.messages.list", status: 200, delayMs: 1200, times: 1 },
        { method: "gmail.users.messages.get", status: 200, delayMs: 1200, times: 1 },
        { method: "calendar.events.list", status: 200, delayMs: 150, times: 1 },
      ],
    });
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(120);
    expect(store.events.size).toBe(12);
    // The fake counts a call when it answers: let the abandoned slow answers finish first.
    await new Promise((r) => setTimeout(r, 1300));
    const s = await stats(user);
    // The timed-out list was sent again; the batch holding the slow item too.
    expect(s.byMethod["gmail.users.messages.list"]).toBe(2);
    expect(s.faultsServed).toBe(3);
  });
});

describe("ProviderBackoffError", () => {
  it("is thrown when Google asks to wait longer than the maximum, and the sync resumes from the stored cursor", async () => {
    const { user, now, source } = await setup("backoff", 1200, { pageSize: { messages: 500 } });
    const store = new PageStore();
    // Let the first list page and its batches pass, then a long Retry-After on the second list page.
    const run = async () => {
      for await (const page of source.pages(store.cursor, { now })) {
        store.apply(page);
        if (store.pages === 1) {
          await control(userPath(user, "/faults"), {
            faults: [
              {
                method: "gmail.users.messages.list",
                status: 429,
                reason: "rateLimitExceeded",
                retryAfterSeconds: 3600,
                times: 1,
              },
            ],
          });
        }
      }
    };
    const err = await run().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ProviderBackoffError);
    const backoff = err as ProviderBackoffError;
    expect(backoff.status).toBe(429);
    expect(backoff.retryAt.getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    expect(store.messages.size).toBe(500);
    // Later, from the stored cursor: the enumeration continues and completes without duplicates.
    await run();
    expect(store.messages.size).toBe(1200);
    expect(store.duplicates).toEqual([]);
  });

  it("is thrown when 5xx persists through every attempt", async () => {
    const { user, now, source } = await setup("persist", 10, { retry: { maxAttempts: 3 } });
    await control(userPath(user, "/faults"), {
      faults: [{ method: "gmail.users.getProfile", status: 503, times: 5 }],
    });
    const run = async () => {
      for await (const _ of source.pages(null, { now })) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(/still failing after 3 attempts/);
  });

  it("shares one token exchange between concurrent callers (single flight) and caches it", async () => {
    const user = uniqueUser("flight");
    const serviceAccount = await registerServiceAccount("flight");
    const provider = () =>
      new ServiceAccountTokenProvider({
        tokenUrl: env.GOOGLE_TOKEN_URL,
        serviceAccount,
        subject: user,
        scopes: scopesFor("metadata"),
      });
    const tokens = await Promise.all([provider().getToken(), provider().getToken(), provider().getToken()]);
    expect(new Set(tokens).size).toBe(1);
    await provider().getToken();
    expect((await stats(user)).byMethod["oauth.token"]).toBe(1);
    const claims = JSON.parse(
      atob((await provider().assertion()).split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/")),
    );
    expect(claims).toMatchObject({ iss: serviceAccount.clientEmail, sub: user, aud: env.GOOGLE_TOKEN_URL });
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(3600);
    expect(claims.scope.split(" ")).toEqual(scopesFor("metadata"));
  });

  it("accepts a key pasted with literal \\n escapes and refuses a key that is not PKCS#8 with a clear error", async () => {
    const user = uniqueUser("pem");
    const serviceAccount = await registerServiceAccount("pem");
    const escaped = { ...serviceAccount, privateKeyPem: serviceAccount.privateKeyPem.replace(/\n/g, "\\n") };
    const ok = new ServiceAccountTokenProvider({
      tokenUrl: env.GOOGLE_TOKEN_URL,
      serviceAccount: escaped,
      subject: user,
      scopes: scopesFor("metadata"),
    });
    expect(await ok.getToken()).toMatch(/^ya29\./);
    const bad = new ServiceAccountTokenProvider({
      tokenUrl: env.GOOGLE_TOKEN_URL,
      serviceAccount: {
        clientEmail: serviceAccount.clientEmail,
        privateKeyPem: "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
      },
      subject: uniqueUser("pem-bad"),
      scopes: scopesFor("metadata"),
    });
    await expect(bad.getToken()).rejects.toThrow(/not a PKCS#8 RSA PEM/);
  });
});
