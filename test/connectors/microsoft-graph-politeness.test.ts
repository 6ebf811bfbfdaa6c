/**
 * Politeness and auth of the Microsoft 365 connector inside workerd against the fake Graph:
 * throttling (429 with Retry-After, 503/504 without), the 4-requests-per-mailbox limit measured at
 * the fake, `ProviderBackoffError` beyond the accepted wait, a token expiring mid-sync, and
 * certificate (client assertion) credentials.
 */
import { env } from "cloudflare:test";
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import { createGraphMailboxSource, memoryTokenCache } from "../../connectors/microsoft-graph/index.ts";
import type { GraphSourceOptions } from "../../connectors/microsoft-graph/sync.ts";
import { ProviderAuthError, ProviderBackoffError } from "../../connectors/types.ts";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import { MemorySyncStore } from "../../fakes/microsoft-graph/memory-store.ts";

const UPN = "coordinator@contoso.com";
const NOW = new Date("2026-11-20T10:00:00Z");
const SIX_FOLDERS = ["inbox", "sentitems", "archive", "deleteditems", "drafts", "junkemail"];

async function setup(folders: string[] = ["inbox", "sentitems"], perFolder = 300) {
  const tenant = `t-${crypto.randomUUID()}`;
  const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
  await fake.registerApp({ clientId: "ghostwatch", clientSecret: "s3cret" });
  await fake.addMailbox(UPN);
  const newest = new Date(NOW.getTime() - 3_600_000).toISOString();
  for (const [i, folder] of folders.entries()) {
    await fake.addMessages(UPN, {
      folder,
      generate: { count: perFolder, seed: 100 + i, newest, meetingRequestRatio: 0 },
    });
  }
  await fake.addEvents(UPN, {
    generate: { count: 60, seed: 7, around: NOW.toISOString(), pastDays: 30, futureDays: 30 },
  });
  return { tenant, fake };
}

function source(tenant: string, extra: Partial<GraphSourceOptions> = {}) {
  return createGraphMailboxSource({
    graphBaseUrl: env.GRAPH_BASE_URL,
    loginBaseUrl: env.MS_LOGIN_BASE_URL,
    credentials: { tenantId: tenant, clientId: "ghostwatch", clientSecret: "s3cret" },
    mailbox: { id: "mbx-2", address: UPN, provider: "microsoft", role: "coordinator" },
    tokenCache: memoryTokenCache(),
    retry: { baseBackoffMs: 20 },
    ...extra,
  });
}

async function sync(store: MemorySyncStore, src: ReturnType<typeof source>) {
  for await (const page of src.pages(store.cursor, { now: NOW })) store.apply(page);
}

describe("throttling and concurrency", () => {
  it("finishes through 429 (Retry-After), 503 and 504 and never has more than 4 requests in flight at the mailbox", async () => {
    const { tenant, fake } = await setup(SIX_FOLDERS, 250);
    await fake.settings({ latencyMs: 25 });
    await fake.faults([
      { kind: "status", status: 429, retryAfter: 0.05, pathContains: "messages/delta", count: 4 },
      { kind: "status", status: 503, pathContains: "messages/delta", skip: 3, count: 2 },
      { kind: "status", status: 504, pathContains: "calendarView", count: 1 },
    ]);
    const store = new MemorySyncStore();
    await sync(store, source(tenant, { messagePageSize: 50, folders: SIX_FOLDERS }));

    expect(store.messages.size).toBe(6 * 250);
    expect(store.events.size).toBe(60);
    expect(store.skipped).toEqual([]);
    expect(store.completes).toEqual({ mail: 1, calendar: 1 });
    const counters = await fake.counters();
    expect(counters.statuses["429"]).toBe(4);
    expect(counters.statuses["503"]).toBe(2);
    expect(counters.statuses["504"]).toBe(1);
    expect(counters.maxInFlight[UPN]).toBeLessThanOrEqual(4);
    expect(counters.maxInFlight[UPN]).toBeGreaterThanOrEqual(3); // the folders really run in parallel
  });

  it("without the limit the same sync overruns the mailbox's 4-request allowance (the limiter is what holds it)", async () => {
    const { tenant, fake } = await setup(SIX_FOLDERS, 100);
    await fake.settings({ latencyMs: 25, mailboxConcurrency: 100 });
    const store = new MemorySyncStore();
    await sync(store, source(tenant, { messagePageSize: 50, maxConcurrency: 16, folders: SIX_FOLDERS }));
    expect(store.messages.size).toBe(600);
    expect((await fake.counters()).maxInFlight[UPN]).toBeGreaterThan(4);
  });

  it("throws ProviderBackoffError with retryAt when Graph asks to wait longer than the connector accepts", async () => {
    const { tenant, fake } = await setup(["inbox"], 20);
    await fake.faults({
      kind: "status",
      status: 429,
      retryAfter: 120,
      pathContains: "messages/delta",
      count: 1,
    });
    const store = new MemorySyncStore();
    const started = Date.now();
    const error = await sync(store, source(tenant, { folders: ["inbox"], maxRetryWaitMs: 5_000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ProviderBackoffError);
    const retryAt = (error as ProviderBackoffError).retryAt.getTime();
    expect(retryAt - started).toBeGreaterThanOrEqual(119_000);
    expect(retryAt - started).toBeLessThan(130_000);
    expect((error as ProviderBackoffError).status).toBe(429);
    // The caller retries later from the last cursor and completes.
    await fake.clearFaults();
    await sync(store, source(tenant, { folders: ["inbox"] }));
    expect(store.messages.size).toBe(20);
  });
});

describe("opening $batch", () => {
  it("falls back to one call per stream when the opening $batch is refused, and ends with the same state", async () => {
    const { tenant, fake } = await setup(["inbox", "sentitems"], 50);
    const store = new MemorySyncStore();
    const src = source(tenant);
    await sync(store, src);
    const newest = new Date(NOW.getTime() + 60_000).toISOString();
    await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 20, seed: 9, idPrefix: "late", newest, spreadDays: 0.01, meetingRequestRatio: 0 },
    });
    await fake.resetCounters();
    await fake.faults({ kind: "status", status: 500, pathContains: "$batch", count: 1 });
    for await (const page of src.pages(store.cursor, { now: new Date(NOW.getTime() + 120_000) }))
      store.apply(page);

    const counters = await fake.counters();
    expect(counters.requests["POST /$batch"]).toBe(1); // refused
    expect(counters.requests["GET /users/{user}/mailFolders/{folder}/messages/delta"]).toBe(2);
    expect(counters.requests["GET /users/{user}/calendarView/delta"]).toBe(1);
    expect(store.messages.size).toBe(120);
    expect(store.skipped).toEqual([]);
    expect(store.completes).toEqual({ mail: 2, calendar: 2 });
  });
});

describe("gateway timeouts on large pages", () => {
  it("asks for half the page size after each 504 and still reads every message", async () => {
    const { tenant, fake } = await setup(["inbox"], 1200);
    await fake.faults({ kind: "status", status: 504, pathContains: "inbox/messages/delta", count: 2 });
    const store = new MemorySyncStore();
    const sizes: number[] = [];
    for await (const page of source(tenant, { folders: ["inbox"] }).pages(null, { now: NOW })) {
      store.apply(page);
      if (page.stream === "mail") sizes.push(page.messages.length);
    }
    expect(sizes[0]).toBe(250); // 1,000 → 500 → 250 after two 504s
    expect(store.messages.size).toBe(1200);
    expect((await fake.counters()).statuses["504"]).toBe(2);
  });
});

describe("tokens", () => {
  it("re-acquires an expired token once, even with several requests failing at the same time, and completes", async () => {
    const { tenant, fake } = await setup(["inbox", "sentitems"], 600);
    const store = new MemorySyncStore();
    const src = source(tenant, { messagePageSize: 100 });
    let expired = false;
    for await (const page of src.pages(null, { now: NOW })) {
      store.apply(page);
      if (!expired && store.pages === 2) {
        await fake.expireTokens();
        expired = true;
      }
    }
    const counters = await fake.counters();
    expect(expired).toBe(true);
    expect(counters.statuses["401"]).toBeGreaterThanOrEqual(1);
    expect(counters.tokenRequests).toBe(2);
    expect(store.messages.size).toBe(1200);
    expect(store.duplicates()).toEqual([]);
  });

  it("signs a client assertion with the certificate (x5t) and is refused with a wrong thumbprint", async () => {
    const tenant = `t-${crypto.randomUUID()}`;
    const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
    const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
    const thumbprint = "3A1B5C7D9E0F112233445566778899AABBCCDDEE";
    await fake.registerApp({
      clientId: "cert-app",
      certificate: { publicKeyPem: await exportSPKI(publicKey), thumbprint },
    });
    await fake.addMailbox(UPN);
    await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 5, seed: 1, newest: NOW.toISOString() },
    });
    const privateKeyPem = await exportPKCS8(privateKey);
    const withCert = (print: string) =>
      source(tenant, {
        folders: ["inbox"],
        credentials: {
          tenantId: tenant,
          clientId: "cert-app",
          certificate: { privateKeyPem, thumbprint: print },
        },
      });
    const store = new MemorySyncStore();
    await sync(store, withCert(thumbprint));
    expect(store.messages.size).toBe(5);
    const refused = await sync(new MemorySyncStore(), withCert("00".repeat(20))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderAuthError);
    expect(String((refused as Error).message)).toContain("AADSTS700027");
  });

  it("names the AADSTS error when the client secret is wrong", async () => {
    const { tenant } = await setup(["inbox"], 1);
    const error = await sync(
      new MemorySyncStore(),
      source(tenant, { credentials: { tenantId: tenant, clientId: "ghostwatch", clientSecret: "wrong" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderAuthError);
    expect(String((error as Error).message)).toContain("AADSTS7000215");
  });
});

describe("validation failures", () => {
  it("skips an item that fails validation with the mailbox and request-id, and syncs the rest", async () => {
    const { tenant, fake } = await setup(["inbox"], 30);
    await fake.addMessages(UPN, {
      folder: "inbox",
      messages: [
        {
          "@odata.type": "#microsoft.graph.message",
          id: "AAMk-broken",
          receivedDateTime: "2026-11-19T08:00:00Z",
          subject: "broken",
          from: "Ana Moreau <ana@mail.example.org>",
        },
      ],
    });
    const store = new MemorySyncStore();
    await sync(store, source(tenant, { folders: ["inbox"] }));
    expect(store.messages.size).toBe(30);
    expect(store.skipped).toHaveLength(1);
    expect(store.skipped[0]).toMatchObject({ mailboxId: "mbx-2", itemId: "AAMk-broken" });
    expect(store.skipped[0]?.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(store.skipped[0]?.reason).toContain("from");
  });
});

describe("invalid responses", () => {
  it("skips a delta response that fails validation, finishes the other streams, and completes the folder next run", async () => {
    const { tenant, fake } = await setup(["inbox", "sentitems"], 40);
    await fake.faults({ kind: "malformed", pathContains: "inbox/messages/delta", count: 1 });
    const store = new MemorySyncStore();
    const src = source(tenant);
    await sync(store, src);
    expect(store.skipped).toHaveLength(1);
    expect(store.skipped[0]).toMatchObject({ mailboxId: "mbx-2" });
    expect(store.skipped[0]?.reason).toContain("message delta of inbox: response failed validation");
    expect(store.skipped[0]?.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(store.messages.size).toBe(40); // Sent Items
    expect(store.events.size).toBe(60);
    expect(store.completes).toEqual({ mail: 0, calendar: 1 });
    await sync(store, src);
    expect(store.messages.size).toBe(80);
    expect(store.completes.mail).toBe(1);
    expect(store.snapshot()).toBe(await cleanSnapshot(tenant));
  });
});

async function cleanSnapshot(tenant: string): Promise<string> {
  const clean = new MemorySyncStore();
  await sync(clean, source(tenant));
  return clean.snapshot();
}

describe("unavailable folders", () => {
  it("reports a folder Graph does not answer for, syncs the others, and picks the folder up on a later run", async () => {
    const { tenant, fake } = await setup(["inbox", "sentitems"], 30);
    await fake.faults({ kind: "status", status: 500, pathContains: "mailFolders/sentitems", count: 1 });
    const store = new MemorySyncStore();
    const src = source(tenant);
    await sync(store, src);
    expect(store.skipped.map((s) => s.reason)).toEqual([
      'mail folder "sentitems" unavailable (500); not synced',
    ]);
    expect(store.messages.size).toBe(30);
    await sync(store, src);
    expect(store.messages.size).toBe(60);
    expect(store.snapshot()).toBe(await cleanSnapshot(tenant));
  });
});

describe("Mail.ReadBasic", () => {
  it("is refused when the body is selected, and syncs metadata (meetings included) in ReadBasic mode", async () => {
    const tenant = `t-${crypto.randomUUID()}`;
    const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
    await fake.registerApp({
      clientId: "basic",
      clientSecret: "s",
      permissions: ["Mail.ReadBasic", "Calendars.Read"],
    });
    await fake.addMailbox(UPN);
    await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 200, seed: 9, newest: NOW.toISOString(), meetingRequestRatio: 0.1 },
    });
    const credentials = { tenantId: tenant, clientId: "basic", clientSecret: "s" };
    const refused = await sync(
      new MemorySyncStore(),
      source(tenant, { credentials, folders: ["inbox"] }),
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProviderAuthError);
    expect(String((refused as Error).message)).toContain("403");

    const store = new MemorySyncStore();
    await sync(store, source(tenant, { credentials, folders: ["inbox"], mailPermission: "Mail.ReadBasic" }));
    const all = [...store.messages.values()];
    expect(all).toHaveLength(200);
    expect(all.every((m) => m.excerpt === "" && Object.keys(m.headers).length === 0)).toBe(true);
    expect(all.every((m) => m.warnings.includes("internetMessageHeaders not returned"))).toBe(true);
    const meetings = all.filter((m) => m.calendar);
    expect(meetings.length).toBeGreaterThan(5);
    expect(meetings.every((m) => m.calendar?.method === "REQUEST" && m.calendar.start)).toBe(true);
  });
});
