/**
 * The Microsoft 365 sync source inside workerd against the fake Graph: first sync at scale,
 * incremental sync reading only the changes, and a clean re-sync after 410.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createGraphMailboxSource, memoryTokenCache } from "../../connectors/microsoft-graph/index.ts";
import type { GraphSourceOptions } from "../../connectors/microsoft-graph/sync.ts";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import { MemorySyncStore } from "../../fakes/microsoft-graph/memory-store.ts";

const UPN = "recruiting@contoso.com";
const NOW = new Date("2026-11-20T10:00:00Z");

async function tenantWithApp() {
  const tenant = `t-${crypto.randomUUID()}`;
  const fake = fakeGraphControl(env.GRAPH_BASE_URL, tenant);
  await fake.registerApp({ clientId: "ghostwatch", clientSecret: "s3cret" });
  await fake.addMailbox(UPN);
  return { tenant, fake };
}

function source(tenant: string, extra: Partial<GraphSourceOptions> = {}) {
  return createGraphMailboxSource({
    graphBaseUrl: env.GRAPH_BASE_URL,
    loginBaseUrl: env.MS_LOGIN_BASE_URL,
    credentials: { tenantId: tenant, clientId: "ghostwatch", clientSecret: "s3cret" },
    mailbox: { id: "mbx-1", address: UPN, provider: "microsoft", role: "recruiter" },
    tokenCache: memoryTokenCache(),
    ...extra,
  });
}

async function sync(store: MemorySyncStore, src: ReturnType<typeof source>, now = NOW) {
  for await (const page of src.pages(store.cursor, { now })) store.apply(page);
}

/** 8,000 inbox (more than the 5,000 `$filter` cap) + 2,000 sent in the window, 300 older; 500 events + 20 outside. */
async function seedLargeMailbox(fake: ReturnType<typeof fakeGraphControl>) {
  const newest = new Date(NOW.getTime() - 60_000).toISOString();
  await fake.addMessages(UPN, {
    folder: "inbox",
    generate: { count: 8000, seed: 1, newest, spreadDays: 115, meetingRequestRatio: 0.01 },
  });
  await fake.addMessages(UPN, {
    folder: "sentitems",
    generate: { count: 2000, seed: 2, newest, spreadDays: 115 },
  });
  await fake.addMessages(UPN, {
    folder: "inbox",
    generate: {
      count: 300,
      seed: 3,
      newest: new Date(NOW.getTime() - 130 * 86_400_000).toISOString(),
      spreadDays: 200,
    },
  });
  await fake.addEvents(UPN, {
    generate: { count: 500, seed: 4, around: NOW.toISOString(), pastDays: 110, futureDays: 55 },
  });
  await fake.addEvents(UPN, {
    generate: {
      count: 20,
      seed: 5,
      idPrefix: "far",
      around: new Date(NOW.getTime() + 200 * 86_400_000).toISOString(),
      pastDays: 5,
      futureDays: 5,
    },
  });
}

describe("Microsoft Graph first sync", () => {
  it("stores 10,000 messages and 500 events once each, with meeting requests, headers and the look-back applied", async () => {
    const { tenant, fake } = await tenantWithApp();
    await seedLargeMailbox(fake);
    const store = new MemorySyncStore();
    const src = source(tenant);
    await sync(store, src);

    expect(store.messages.size).toBe(10_000);
    expect(store.events.size).toBe(500);
    expect(store.duplicates()).toEqual([]);
    expect(store.skipped).toEqual([]);
    expect(store.resets).toEqual({ mail: 1, calendar: 1 });
    expect(store.completes).toEqual({ mail: 1, calendar: 1 });
    const all = [...store.messages.values()];
    const cutoff = NOW.getTime() - 120 * 86_400_000;
    expect(all.every((m) => Date.parse(m.receivedAt) >= cutoff)).toBe(true);
    expect(all.filter((m) => m.folder === "sent")).toHaveLength(2000);
    expect(all.filter((m) => m.folder === "inbox")).toHaveLength(8000);
    // Inbox items carry their Internet headers, lower-cased.
    const inbox = all.find((m) => m.folder === "inbox")!;
    expect(inbox.headers["message-id"]).toBe(inbox.internetMessageId);
    expect(inbox.excerpt.length).toBeGreaterThan(20);
    // eventMessage meeting requests (whose details delta omits under $select) are fetched by $batch.
    const meetings = all.filter((m) => m.calendar);
    expect(meetings.length).toBeGreaterThan(20);
    expect(
      meetings.every((m) => m.calendar?.method === "REQUEST" && m.calendar.start && m.calendar.uid),
    ).toBe(true);
    const counters = await fake.counters();
    expect(counters.batchInner["GET /users/{user}/messages/{id}"]).toBe(meetings.length);
    // Inbox holds more than the 5,000 that a `$filter`ed delta returns, so it is read unfiltered
    // (8,300 items incl. 300 older ones → 9 pages of 1,000) and cut client-side; Sent Items
    // (2,000) uses `$filter` → 2 pages. Plus 1 calendar page; folder sizes and meeting details go in
    // $batch, and so do the first page of each folder and the calendar (one opening $batch).
    expect(counters.requests["GET /users/{user}/mailFolders/{folder}/messages/delta"]).toBe(9);
    expect(counters.batchInner["GET /users/{user}/mailFolders/{folder}/messages/delta"]).toBe(2);
    expect(counters.batchInner["GET /users/{user}/mailFolders/{folder}"]).toBe(2);
    expect(counters.requests["GET /users/{user}/calendarView/delta"]).toBeUndefined();
    expect(counters.batchInner["GET /users/{user}/calendarView/delta"]).toBe(1);
    expect(counters.tokenRequests).toBe(1);
    // Attendee answers mapped to the engine's vocabulary.
    const responses = new Set([...store.events.values()].flatMap((e) => e.attendees.map((a) => a.response)));
    expect(
      [...responses].every((r) => ["accepted", "declined", "tentative", "none", "needs_action"].includes(r)),
    ).toBe(true);
    expect(responses.has("tentative")).toBe(true);
  }, 30_000); // ~1.5 s alone; generous because test files share 2 CPUs with other suites
});

describe("Microsoft Graph incremental sync", () => {
  it("reads only the changes: one delta call per folder and one for the calendar, in one $batch", async () => {
    const { tenant, fake } = await tenantWithApp();
    const newest = new Date(NOW.getTime() - 3_600_000).toISOString();
    const inbox = await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 600, seed: 11, newest, meetingRequestRatio: 0 },
    });
    await fake.addMessages(UPN, { folder: "sentitems", generate: { count: 200, seed: 12, newest } });
    const events = await fake.addEvents(UPN, {
      generate: { count: 50, seed: 13, around: NOW.toISOString(), pastDays: 30, futureDays: 30 },
    });
    const store = new MemorySyncStore();
    const src = source(tenant);
    await sync(store, src);
    expect(store.messages.size).toBe(800);

    await fake.resetCounters();
    const later = new Date(NOW.getTime() + 600_000);
    await fake.addMessages(UPN, {
      folder: "inbox",
      generate: {
        count: 300,
        seed: 21,
        idPrefix: "new",
        newest: later.toISOString(),
        spreadDays: 0.01,
        meetingRequestRatio: 0,
      },
    });
    await fake.addMessages(UPN, {
      folder: "sentitems",
      generate: { count: 2, seed: 22, idPrefix: "newsent", newest: later.toISOString(), spreadDays: 0.01 },
    });
    const deleted = inbox.ids!.slice(0, 5);
    await fake.changeMessages(UPN, { delete: deleted, markRead: inbox.ids!.slice(10, 20) });
    const [cancelled, removedEvent] = events.ids as string[];
    await fake.changeEvents(UPN, { cancel: [cancelled!], delete: [removedEvent!] });

    store.resetDeliveries();
    const pagesBefore = store.pages;
    await sync(store, src, later);

    const counters = await fake.counters();
    // One round trip: the delta calls of both folders and of the calendar travel in one $batch.
    expect(counters.graphRequests).toBe(1);
    expect(counters.requests["POST /$batch"]).toBe(1);
    expect(counters.batchInner["GET /users/{user}/mailFolders/{folder}/messages/delta"]).toBe(2);
    expect(counters.batchInner["GET /users/{user}/calendarView/delta"]).toBe(1);
    expect(counters.tokenRequests).toBe(0);
    expect(store.messages.size).toBe(800 + 302 - 5);
    for (const id of deleted) expect(store.messages.has(id)).toBe(false);
    // Only the new messages were handed over (read toggles carry nothing the engine keeps).
    expect(store.deliveries.size).toBe(302 + 1);
    expect(store.events.get(cancelled!)?.cancelled).toBe(true);
    expect(store.events.has(removedEvent!)).toBe(false);
    expect(store.pages - pagesBefore).toBe(3);
    expect(store.resets).toEqual({ mail: 1, calendar: 1 });

    // Nothing changed: the next run still makes exactly one delta call per round (one $batch) and
    // hands over nothing new.
    await fake.resetCounters();
    store.resetDeliveries();
    await sync(store, src, later);
    const quiet = await fake.counters();
    expect(quiet.graphRequests).toBe(1);
    expect(Object.values(quiet.batchInner).reduce((a, n) => a + n, 0)).toBe(3);
    expect(store.deliveries.size).toBe(0);
  });
});

describe("Microsoft Graph re-sync after 410", () => {
  it("restarts from scratch when the delta tokens are gone and ends with the state of a clean first sync", async () => {
    const { tenant, fake } = await tenantWithApp();
    const newest = new Date(NOW.getTime() - 3_600_000).toISOString();
    const inbox = await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 700, seed: 31, newest },
    });
    await fake.addMessages(UPN, { folder: "sentitems", generate: { count: 150, seed: 32, newest } });
    const events = await fake.addEvents(UPN, {
      generate: { count: 40, seed: 33, around: NOW.toISOString(), pastDays: 20, futureDays: 20 },
    });
    const store = new MemorySyncStore();
    await sync(store, source(tenant, { messagePageSize: 200 }));

    // Changes happen, and Graph evicts every sync state: the next delta call answers 410.
    await fake.changeMessages(UPN, { delete: inbox.ids!.slice(0, 7) });
    await fake.changeEvents(UPN, { delete: [events.ids![0] as string] });
    await fake.addMessages(UPN, {
      folder: "inbox",
      generate: { count: 25, seed: 34, idPrefix: "post", newest: NOW.toISOString() },
    });
    await fake.expireSyncStates();
    await fake.resetCounters();
    await sync(store, source(tenant, { messagePageSize: 200 }));
    const counters = await fake.counters();
    expect(counters.statuses["410"]).toBe(3); // inbox, sent items and calendar each saw it once
    expect(store.resets).toEqual({ mail: 2, calendar: 2 });

    const clean = new MemorySyncStore();
    await sync(clean, source(tenant, { messagePageSize: 200 }));
    expect(store.messages.size).toBe(700 + 150 - 7 + 25);
    expect(store.events.size).toBe(39);
    expect(store.snapshot()).toBe(clean.snapshot());
  });

  it("recovers from a 410 in the middle of paging a first sync without duplicates or leftovers", async () => {
    const { tenant, fake } = await tenantWithApp();
    const newest = new Date(NOW.getTime() - 3_600_000).toISOString();
    await fake.addMessages(UPN, { folder: "inbox", generate: { count: 900, seed: 41, newest } });
    await fake.addEvents(UPN, { generate: { count: 10, seed: 42, around: NOW.toISOString() } });
    await fake.faults({ kind: "gone", pathContains: "skiptoken", skip: 2, count: 1 });
    const store = new MemorySyncStore();
    await sync(store, source(tenant, { messagePageSize: 100, folders: ["inbox"] }));
    expect(store.resets.mail).toBe(2);
    expect(store.messages.size).toBe(900);
    const clean = new MemorySyncStore();
    await sync(clean, source(tenant, { messagePageSize: 100, folders: ["inbox"] }));
    expect(store.snapshot()).toBe(clean.snapshot());
  });
});

describe("Microsoft Graph calendar window", () => {
  it("re-anchors the window after a day: a fresh enumeration drops events that fell out of it", async () => {
    const { tenant, fake } = await tenantWithApp();
    const day = 86_400_000;
    const event = (id: string, startMs: number) => ({
      "@odata.type": "#microsoft.graph.event",
      id,
      iCalUId: `uid-${id}`,
      subject: `Interview ${id}`,
      start: { dateTime: new Date(startMs).toISOString().slice(0, 19), timeZone: "UTC" },
      end: { dateTime: new Date(startMs + 3_600_000).toISOString().slice(0, 19), timeZone: "UTC" },
      attendees: [],
    });
    // "old" is 119.5 days back: inside the 120-day window today, outside it two days later.
    await fake.addEvents(UPN, {
      events: [event("old", NOW.getTime() - 119.5 * day), event("soon", NOW.getTime() + day)],
    });
    const store = new MemorySyncStore();
    const src = source(tenant, { folders: ["inbox"] });
    await sync(store, src);
    expect([...store.events.keys()].sort()).toEqual(["old", "soon"]);

    // Within the day: incremental, same window.
    await fake.resetCounters();
    await sync(store, src, new Date(NOW.getTime() + 3_600_000));
    expect(store.resets.calendar).toBe(1);

    // Two days later: new window, reset page, the event now outside is gone.
    await sync(store, src, new Date(NOW.getTime() + 2 * day));
    expect(store.resets.calendar).toBe(2);
    expect([...store.events.keys()]).toEqual(["soon"]);
  });
});
