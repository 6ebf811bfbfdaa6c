/**
 * The Google connector against the fake Google inside workerd: first sync at scale, incremental
 * sync reading only changes, 404/410 re-syncs ending in a clean run's state, malformed items
 * skipped, auth errors.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createGoogleMailboxSource, type GoogleSourceOptions } from "../../connectors/google/index.ts";
import { ProviderAuthError } from "../../connectors/types.ts";
import {
  control,
  mailboxFor,
  PageStore,
  registerServiceAccount,
  resetStats,
  stats,
  uniqueUser,
  userPath,
  virtualTime,
} from "./google-support.ts";

const DAY = 86_400_000;

async function sourceFor(user: string, extra: Partial<GoogleSourceOptions> = {}) {
  const serviceAccount = await registerServiceAccount("sync");
  const time = virtualTime();
  const options: GoogleSourceOptions = {
    gmailRootUrl: env.GMAIL_ROOT_URL,
    calendarRootUrl: env.CALENDAR_ROOT_URL,
    tokenUrl: env.GOOGLE_TOKEN_URL,
    serviceAccount,
    mailbox: mailboxFor(user),
    scopeMode: "metadata",
    sleep: time.sleep,
    clock: time.clock,
    random: time.random,
    ...extra,
  };
  return { source: createGoogleMailboxSource(options), options, time };
}

describe("first sync", () => {
  it("reads 10,000 messages and 500 events in the window, once each, within the look-back", async () => {
    const user = uniqueUser("first");
    const now = new Date();
    // 10,000 in the 120-day window, 300 older ones the look-back must leave out.
    await control(userPath(user, "/messages/generate"), {
      count: 300,
      endMs: now.getTime() - 125 * DAY,
      spanDays: 60,
      seed: 7,
    });
    await control(userPath(user, "/messages/generate"), {
      count: 10_000,
      endMs: now.getTime() - 60_000,
      spanDays: 110,
      seed: 8,
    });
    await control(userPath(user, "/events/generate"), {
      count: 500,
      startMs: now.getTime() - 60 * DAY,
      endMs: now.getTime() + 60 * DAY,
      seed: 3,
    });
    await control(userPath(user, "/events/generate"), {
      count: 20,
      startMs: now.getTime() + 200 * DAY,
      endMs: now.getTime() + 260 * DAY,
      seed: 4,
    });
    const { source } = await sourceFor(user);
    const store = new PageStore();
    const pages = await store.sync(source, now);

    expect(store.messages.size).toBe(10_000);
    expect(store.events.size).toBe(500);
    expect(store.duplicates).toEqual([]);
    expect(store.skipped).toEqual([]);
    const oldest = Math.min(...[...store.messages.values()].map((m) => Date.parse(m.receivedAt)));
    expect(oldest).toBeGreaterThanOrEqual(now.getTime() - 120 * DAY);
    const mailPages = pages.filter((p) => p.stream === "mail");
    expect(mailPages[0]?.reset).toBe(true);
    expect(mailPages.at(-1)?.complete).toBe(true);
    expect(mailPages.slice(1).every((p) => !p.reset)).toBe(true);
    expect(JSON.parse(store.cursor ?? "{}")).toMatchObject({
      mail: { phase: "history" },
      calendar: { phase: "sync" },
    });
    // Metadata mode: headers only, excerpt from the snippet; events keep iCalUID and responses.
    const sample = [...store.messages.values()].find((m) => m.folder === "sent");
    expect(sample?.headers["message-id"]).toBe(sample?.internetMessageId);
    expect(sample?.excerpt.length).toBeGreaterThan(10);
    const ev = [...store.events.values()].find((e) => e.attendees.length > 1);
    expect(ev?.iCalUId).toMatch(/@google\.com$/);
    expect(ev?.attendees[0]?.response).toBe("organizer");
    expect([...store.events.values()].some((e) => e.cancelled)).toBe(true);

    const s = await stats(user);
    // Batches of 50: 10,000 gets in ≈ 200 batch requests (plus the list pages and the batch that crossed the window).
    expect(s.byMethod["gmail.users.messages.get"]).toBeLessThanOrEqual(10_300);
    expect(s.httpRequests).toBeLessThan(260);
    expect(s.byMethod["calendar.events.list"]).toBe(2);
    expect(s.byMethod["oauth.token"]).toBe(1);
  }, 60_000);

  it("readonly mode lists with q=after: and reads bodies from format=full", async () => {
    const user = uniqueUser("readonly");
    const now = new Date();
    await control(userPath(user, "/messages/generate"), {
      count: 40,
      endMs: now.getTime() - 200 * DAY,
      spanDays: 10,
      seed: 1,
    });
    await control(userPath(user, "/messages/generate"), {
      count: 120,
      endMs: now.getTime(),
      spanDays: 30,
      seed: 2,
    });
    const { source } = await sourceFor(user, { scopeMode: "readonly" });
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(120);
    const s = await stats(user);
    // q=after: filtered the old mail out at the server: only the 120 were fetched.
    expect(s.byMethod["gmail.users.messages.get"]).toBe(120);
    const booking = [...store.messages.values()].find((m) => m.links.some((l) => l.includes("calendly.com")));
    expect(booking).toBeDefined();
    const invite = [...store.messages.values()].find((m) => m.calendar);
    expect(invite?.calendar?.method).toBe("REQUEST");
  }, 30_000);
});

describe("incremental sync", () => {
  it("reads only the changes through history.list and the calendar sync token", async () => {
    const user = uniqueUser("incr");
    const now = new Date();
    const seeded = await control<{ ids: string[] }>(userPath(user, "/messages/generate"), {
      count: 600,
      endMs: now.getTime(),
      spanDays: 30,
      seed: 5,
    });
    const events = await control<{ ids: string[] }>(userPath(user, "/events/generate"), {
      count: 30,
      seed: 6,
    });
    const { source } = await sourceFor(user);
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(600);
    await resetStats(user);

    const arrived = await control<{ ids: string[] }>(userPath(user, "/messages/generate"), {
      count: 40,
      endMs: now.getTime(),
      spanDays: 1,
      seed: 9,
      mode: "arrive",
    });
    await control(userPath(user, "/messages/delete"), { ids: seeded.ids.slice(0, 3) });
    for (const id of seeded.ids.slice(3, 5))
      await control(userPath(user, "/messages/labels"), { id, add: ["TRASH"] });
    for (const id of seeded.ids.slice(5, 15))
      await control(userPath(user, "/messages/labels"), { id, remove: ["UNREAD"], add: ["IMPORTANT"] });
    await control(userPath(user, "/events/cancel"), { id: events.ids[0] });
    await control(userPath(user, "/events/delete"), { id: events.ids[1] });
    await control(userPath(user, "/events"), {
      events: [
        {
          summary: "Interview: new",
          start: { dateTime: new Date(now.getTime() + DAY).toISOString() },
          end: { dateTime: new Date(now.getTime() + DAY + 3_600_000).toISOString() },
        },
      ],
    });

    const pages = await store.sync(source, now);
    expect(store.messages.size).toBe(600 + 40 - 3 - 2);
    for (const id of arrived.ids) expect(store.messages.has(id)).toBe(true);
    for (const id of seeded.ids.slice(0, 5)) expect(store.messages.has(id)).toBe(false);
    expect(store.events.get(events.ids[0]!)?.cancelled).toBe(true);
    expect(store.events.has(events.ids[1]!)).toBe(false);
    expect(store.events.size).toBe(30);
    expect(pages.every((p) => !p.reset)).toBe(true);

    const s = await stats(user);
    // The pages account for every HTTP request the fake saw (a batch is one request).
    expect(pages.reduce((n, p) => n + p.requests, 0)).toBe(s.httpRequests);
    expect(s.byMethod["gmail.users.messages.list"]).toBeUndefined();
    expect(s.byMethod["gmail.users.history.list"]).toBe(1);
    // Only the 40 new messages are fetched; trash, delete and UNREAD/IMPORTANT toggles cost nothing more.
    expect(s.byMethod["gmail.users.messages.get"]).toBe(40);
    expect(s.units).toBe(2 + 40 * 5);
    expect(s.byMethod["calendar.events.list"]).toBe(1);
    expect(s.byMethod["oauth.token"]).toBeUndefined(); // cached token reused

    // Nothing changed: one history call, one events call, nothing fetched.
    await resetStats(user);
    const idle = await store.sync(source, now);
    expect(idle.map((p) => [p.stream, p.messages.length + p.events.length, p.complete])).toEqual([
      ["mail", 0, true],
      ["calendar", 0, true],
    ]);
    expect((await stats(user)).units).toBe(2);

    // A revoked access token (401) is dropped from the cache and exchanged again, once.
    await control(userPath(user, "/tokens/revoke"));
    await control(userPath(user, "/messages/generate"), {
      count: 1,
      endMs: now.getTime(),
      spanDays: 1,
      seed: 10,
      mode: "arrive",
    });
    await store.sync(source, now);
    expect(store.messages.size).toBe(600 + 40 - 3 - 2 + 1);
    expect((await stats(user)).byMethod["oauth.token"]).toBe(1);
  }, 30_000);
});

describe("re-sync after an expired cursor", () => {
  it("404 on an expired historyId: full re-sync ends with exactly a clean run's state", async () => {
    const user = uniqueUser("h404");
    const now = new Date();
    const seeded = await control<{ ids: string[] }>(userPath(user, "/messages/generate"), {
      count: 700,
      endMs: now.getTime(),
      spanDays: 40,
      seed: 11,
    });
    const { source } = await sourceFor(user);
    const stale = new PageStore();
    await stale.sync(source, now);
    // Changes the expired history can no longer tell: deletions, trash, new mail.
    await control(userPath(user, "/messages/delete"), { ids: seeded.ids.slice(0, 7) });
    await control(userPath(user, "/messages/labels"), { id: seeded.ids[10], add: ["SPAM"] });
    await control(userPath(user, "/messages/generate"), {
      count: 15,
      endMs: now.getTime(),
      spanDays: 1,
      seed: 12,
      mode: "arrive",
    });
    await control(userPath(user, "/history/expire"));

    const pages = await stale.sync(source, now);
    const mail = pages.filter((p) => p.stream === "mail");
    expect(mail[0]?.reset).toBe(true);
    expect(mail.at(-1)?.complete).toBe(true);
    expect(stale.duplicates).toEqual([]);

    const clean = new PageStore();
    const { source: fresh } = await sourceFor(user);
    await clean.sync(fresh, now);
    expect(stale.snapshot()).toEqual(clean.snapshot());
    expect(stale.messages.size).toBe(700 - 7 - 1 + 15);

    // And the history cursor works again afterwards.
    await control(userPath(user, "/messages/generate"), {
      count: 2,
      endMs: now.getTime(),
      spanDays: 1,
      seed: 13,
      mode: "arrive",
    });
    await stale.sync(source, now);
    expect(stale.messages.size).toBe(700 - 7 - 1 + 15 + 2);
  }, 30_000);

  it("410 on an invalidated calendar sync token: full re-sync ends with exactly a clean run's state", async () => {
    const user = uniqueUser("c410");
    const now = new Date();
    const events = await control<{ ids: string[] }>(userPath(user, "/events/generate"), {
      count: 260,
      seed: 21,
    });
    const { source } = await sourceFor(user);
    const stale = new PageStore();
    await stale.sync(source, now);
    expect(stale.events.size).toBe(260);
    await control(userPath(user, "/sync-tokens/invalidate"));
    // Moved far outside the window: only the reset/complete semantics can drop it.
    await control(userPath(user, "/events"), {
      events: [
        { id: events.ids[3], summary: "moved", start: { date: "2031-01-01" }, end: { date: "2031-01-02" } },
      ],
    });
    await control(userPath(user, "/events/cancel"), { id: events.ids[4] });
    await control(userPath(user, "/events/delete"), { id: events.ids[5] });

    const pages = await stale.sync(source, now);
    const cal = pages.filter((p) => p.stream === "calendar");
    expect(cal[0]?.reset).toBe(true);
    expect(cal.length).toBe(2); // 258 events at 250 a page
    const clean = new PageStore();
    const { source: fresh } = await sourceFor(user);
    await clean.sync(fresh, now);
    expect(stale.snapshot()).toEqual(clean.snapshot());
    expect(stale.events.has(events.ids[3]!)).toBe(false);
    expect(stale.events.get(events.ids[4]!)?.cancelled).toBe(true);
    expect(stale.events.has(events.ids[5]!)).toBe(false);
  }, 30_000);
});

describe("recurring events (singleEvents=true)", () => {
  it("keeps each instance, drops a cancelled exception and a deleted series, like a clean run", async () => {
    const user = uniqueUser("recur");
    const now = new Date();
    const first = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 2 * DAY);
    const created = await control<{ ids: string[] }>(userPath(user, "/events"), {
      events: [
        {
          summary: "Weekly interview loop",
          recurrence: ["RRULE:FREQ=WEEKLY;COUNT=4"],
          start: { dateTime: first.toISOString(), timeZone: "Europe/Berlin" },
          end: { dateTime: new Date(first.getTime() + 3_600_000).toISOString(), timeZone: "Europe/Berlin" },
          attendees: [{ email: "cand@mail.example", responseStatus: "accepted" }],
        },
      ],
    });
    const series = created.ids[0]!;
    const { source } = await sourceFor(user);
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.events.size).toBe(4);
    expect(new Set([...store.events.values()].map((e) => e.iCalUId)).size).toBe(1);
    expect([...store.events.keys()].every((id) => id.startsWith(`${series}_`))).toBe(true);

    await control(userPath(user, "/events/cancel-instance"), {
      id: series,
      originalStart: new Date(first.getTime() + 7 * DAY).toISOString(),
    });
    await store.sync(source, now);
    expect(store.events.size).toBe(3);
    const clean = new PageStore();
    await clean.sync((await sourceFor(user)).source, now);
    expect(store.snapshot()).toEqual(clean.snapshot());

    await control(userPath(user, "/events/delete"), { id: series });
    await store.sync(source, now);
    expect(store.events.size).toBe(0);
  }, 30_000);
});

describe("bad input and configuration", () => {
  it("logs a malformed message or event in skipped with the mailbox and carries on", async () => {
    const user = uniqueUser("bad");
    const now = new Date();
    await control(userPath(user, "/messages/generate"), {
      count: 60,
      endMs: now.getTime(),
      spanDays: 5,
      seed: 31,
    });
    await control(userPath(user, "/events"), {
      events: [
        {
          summary: "ok",
          start: { dateTime: new Date(now.getTime() + DAY).toISOString() },
          end: { dateTime: new Date(now.getTime() + DAY + 3_600_000).toISOString() },
        },
        {
          summary: "broken",
          attendees: [{ email: "cand@mail.example", responseStatus: "maybe" }],
          start: { dateTime: new Date(now.getTime() + DAY).toISOString() },
          end: { dateTime: new Date(now.getTime() + 2 * DAY).toISOString() },
        },
      ],
    });
    await control(userPath(user, "/faults"), {
      faults: [{ method: "gmail.users.messages.get", status: 200, body: { id: 42, snippet: [] }, times: 1 }],
    });
    const { source } = await sourceFor(user);
    const store = new PageStore();
    await store.sync(source, now);
    expect(store.messages.size).toBe(59);
    expect(store.events.size).toBe(0 + 1);
    expect(store.skipped).toHaveLength(2);
    expect(store.skipped.every((s) => s.mailboxId === `mbx-${user}`)).toBe(true);
    expect(store.skipped[0]?.reason).toMatch(/invalid Gmail message: id/);
    expect(store.skipped[1]?.reason).toMatch(/invalid Calendar event: attendees\.0\.responseStatus/);
  }, 30_000);

  it("refuses with ProviderAuthError when the delegation lacks a scope, naming the fix", async () => {
    const user = uniqueUser("nodwd");
    const serviceAccount = await registerServiceAccount("nodwd", [
      "https://www.googleapis.com/auth/gmail.readonly",
    ]);
    const source = createGoogleMailboxSource({
      gmailRootUrl: env.GMAIL_ROOT_URL,
      calendarRootUrl: env.CALENDAR_ROOT_URL,
      tokenUrl: env.GOOGLE_TOKEN_URL,
      serviceAccount,
      mailbox: mailboxFor(user),
      scopeMode: "metadata",
    });
    const run = async () => {
      for await (const _ of source.pages(null, { now: new Date() })) {
        // drain
      }
    };
    await expect(run()).rejects.toThrow(ProviderAuthError);
    await expect(run()).rejects.toThrow(/unauthorized_client.*domain-wide delegation/);
  });
});
