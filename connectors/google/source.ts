/**
 * `createGoogleMailboxSource`: the Gmail + Calendar sync of one mailbox as `SyncPage`s.
 *
 * Mail: a first sync bounded by a look-back window (`messages.list`, with `q=after:` in
 * readonly mode; `gmail.metadata` forbids `q`, so there the newest-first listing stops once
 * messages fall behind the window), then `history.list` from the stored `historyId`. A 404 on
 * an expired `historyId` restarts a full enumeration (`reset: true`). Messages are fetched
 * through HTTP batches (`format=metadata` with `metadataHeaders`, or `format=full`).
 * Calendar: `events.list` with `singleEvents` and `showDeleted` over a sliding window, then
 * `syncToken`; 410 restarts a full enumeration.
 */
import { z } from "zod";
import type { CalendarEvent, Message } from "../../src/engine/model.ts";
import type { MailboxSyncSource, SkippedItem, SyncOptions, SyncPage } from "../types.ts";
import type { GoogleApi } from "./api.ts";
import { connect, type GoogleConnectionOptions } from "./context.ts";
import { GoogleHttpError } from "./errors.ts";
import { GMAIL_METADATA_HEADERS, normalizeCalendarEvent, normalizeGmailMessage } from "./normalize.ts";
import { GmailHistoryList, GmailMessageList, GmailProfile, GoogleCalendarEventsPage } from "./schemas.ts";

export interface GoogleSourceOptions extends GoogleConnectionOptions {
  /** First-sync window for mail, days back from `now` (default 120). */
  lookbackDays?: number | undefined;
  /** Calendar window around `now` (default 120 days back, 180 ahead). */
  calendarWindow?: { pastDays: number; futureDays: number } | undefined;
  /** Calendar to read (default `primary`). */
  calendarId?: string | undefined;
  /** Page sizes: list (≤ 500), history (≤ 500), events (≤ 2500), batch (≤ 100; Google advises ≤ 50). */
  pageSize?: { messages?: number; history?: number; events?: number; batch?: number } | undefined;
}

const MailCursor = z.discriminatedUnion("phase", [
  z.object({
    phase: z.literal("full"),
    historyId: z.string(),
    pageToken: z.string().nullable(),
    windowStartMs: z.number(),
  }),
  z.object({ phase: z.literal("history"), historyId: z.string(), pageToken: z.string().nullable() }),
]);
type MailCursor = z.infer<typeof MailCursor>;

const CalendarCursor = z.discriminatedUnion("phase", [
  z.object({
    phase: z.literal("full"),
    pageToken: z.string().nullable(),
    timeMin: z.string(),
    timeMax: z.string(),
  }),
  z.object({ phase: z.literal("sync"), syncToken: z.string(), pageToken: z.string().nullable() }),
]);
type CalendarCursor = z.infer<typeof CalendarCursor>;

/** The opaque cursor (JSON) this source stores for a mailbox. */
export const GoogleCursor = z.object({
  v: z.literal(1),
  mail: MailCursor.nullable(),
  calendar: CalendarCursor.nullable(),
});
export type GoogleCursor = z.infer<typeof GoogleCursor>;

const DAY = 86_400_000;
/** Labels whose change can move a message in or out of what ghostwatch keeps. */
const RELEVANT_LABELS = new Set(["INBOX", "SENT", "DRAFT", "TRASH", "SPAM"]);
const GONE_LABELS = ["TRASH", "SPAM"];

/**
 * Builds the sync source for one Google Workspace mailbox.
 *
 * @example
 * const source = createGoogleMailboxSource({
 *   gmailRootUrl: env.GMAIL_ROOT_URL, calendarRootUrl: env.CALENDAR_ROOT_URL, tokenUrl: env.GOOGLE_TOKEN_URL,
 *   serviceAccount: { clientEmail, privateKeyPem }, mailbox, scopeMode: "metadata",
 * });
 * for await (const page of source.pages(storedCursor, { now: new Date() })) { await persist(page); }
 */
export function createGoogleMailboxSource(options: GoogleSourceOptions): MailboxSyncSource {
  const lookbackDays = options.lookbackDays ?? 120;
  const calendarWindow = options.calendarWindow ?? { pastDays: 120, futureDays: 180 };
  const calendarId = options.calendarId ?? "primary";
  const sizes = {
    messages: Math.min(500, options.pageSize?.messages ?? 500),
    history: Math.min(500, options.pageSize?.history ?? 500),
    events: Math.min(2500, options.pageSize?.events ?? 250),
    batch: Math.min(100, options.pageSize?.batch ?? 50),
  };
  const mailboxId = options.mailbox.id;
  const metadataMode = options.scopeMode === "metadata";

  return {
    async *pages(cursor: string | null, syncOptions: SyncOptions): AsyncIterable<SyncPage> {
      const { api, ctx } = connect(options);
      const nowMs = syncOptions.now.getTime();
      const windowStartMs = nowMs - lookbackDays * DAY;
      const initialSkipped: SkippedItem[] = [];
      let state: GoogleCursor = { v: 1, mail: null, calendar: null };
      if (cursor !== null) {
        let parsed: unknown = null;
        try {
          parsed = JSON.parse(cursor);
        } catch {
          // reported below
        }
        const ok = GoogleCursor.safeParse(parsed);
        if (ok.success) state = ok.data;
        else initialSkipped.push({ mailboxId, reason: "stored cursor unreadable; starting a full sync" });
      }
      let lastRequests = 0;
      const page = (p: Omit<SyncPage, "cursor" | "requests">): SyncPage => {
        syncOptions.signal?.throwIfAborted();
        const requests = ctx.counter.requests - lastRequests;
        lastRequests = ctx.counter.requests;
        const skipped = initialSkipped.length ? [...initialSkipped.splice(0), ...p.skipped] : p.skipped;
        return { ...p, skipped, cursor: JSON.stringify(state), requests };
      };
      const emptyMail = {
        stream: "mail" as const,
        messages: [],
        events: [],
        removedMessageIds: [],
        removedEventIds: [],
      };
      const emptyCal = {
        stream: "calendar" as const,
        messages: [],
        events: [],
        removedMessageIds: [],
        removedEventIds: [],
      };

      /** Fetches and normalises ids; splits into kept messages, removals and skipped. */
      async function fetchMessages(ids: string[], stopBehindWindow: boolean) {
        const messages: Message[] = [];
        const removed: string[] = [];
        const skipped: SkippedItem[] = [];
        let behindWindow = false;
        for (let i = 0; i < ids.length && !behindWindow; i += sizes.batch) {
          const chunk = ids.slice(i, i + sizes.batch);
          const res = await api.batchGetMessages(chunk, {
            format: metadataMode ? "metadata" : "full",
            metadataHeaders: metadataMode ? GMAIL_METADATA_HEADERS : undefined,
            batchSize: sizes.batch,
          });
          removed.push(...res.notFound);
          for (const f of res.failed) skipped.push({ mailboxId, itemId: f.id, reason: f.reason });
          let olderInChunk = 0;
          for (const id of chunk) {
            const raw = res.found.get(id);
            if (raw === undefined) continue;
            const labels = (raw as { labelIds?: unknown }).labelIds;
            if (Array.isArray(labels) && labels.some((l) => GONE_LABELS.includes(String(l)))) {
              removed.push(id);
              continue;
            }
            const r = normalizeGmailMessage(raw, mailboxId);
            if (!r.ok) {
              skipped.push({ mailboxId, itemId: id, reason: r.error });
              continue;
            }
            if (Date.parse(r.value.receivedAt) < windowStartMs) {
              olderInChunk++;
              removed.push(id);
              continue;
            }
            messages.push(r.value);
          }
          // Listing is newest first: a whole batch behind the window ends the enumeration.
          if (stopBehindWindow && olderInChunk > 0 && olderInChunk === res.found.size) behindWindow = true;
        }
        return { messages, removed, skipped, behindWindow };
      }

      async function* mailFull(fresh: boolean): AsyncGenerator<SyncPage, boolean> {
        let cur: Extract<MailCursor, { phase: "full" }>;
        if (fresh || state.mail?.phase !== "full") {
          const profile = GmailProfile.safeParse(await api.getProfile());
          if (!profile.success) {
            yield page({
              ...emptyMail,
              reset: false,
              complete: false,
              skipped: [
                { mailboxId, requestId: "users.getProfile", reason: "unreadable getProfile response" },
              ],
            });
            return false;
          }
          cur = { phase: "full", historyId: profile.data.historyId, pageToken: null, windowStartMs };
        } else {
          cur = state.mail;
        }
        let reset = cur.pageToken === null;
        const q = metadataMode ? undefined : `after:${Math.floor(cur.windowStartMs / 1000)}`;
        for (;;) {
          const list = GmailMessageList.safeParse(
            await api.listMessages({ q, pageToken: cur.pageToken ?? undefined, maxResults: sizes.messages }),
          );
          if (!list.success) {
            yield page({
              ...emptyMail,
              reset: false,
              complete: false,
              skipped: [
                {
                  mailboxId,
                  requestId: "users.messages.list",
                  reason: `unreadable messages.list response: ${list.error.issues[0]?.message}`,
                },
              ],
            });
            return false;
          }
          const ids = [...new Set((list.data.messages ?? []).map((m) => m.id))];
          const fetched = await fetchMessages(ids, metadataMode);
          const done = !list.data.nextPageToken || fetched.behindWindow;
          state.mail = done
            ? { phase: "history", historyId: cur.historyId, pageToken: null }
            : { ...cur, pageToken: list.data.nextPageToken ?? null };
          // In a full enumeration nothing needs removing: what is not listed again is dropped at `complete`.
          yield page({
            ...emptyMail,
            messages: fetched.messages,
            reset,
            complete: done,
            skipped: fetched.skipped,
          });
          reset = false;
          if (done) return true;
          cur = state.mail as typeof cur;
        }
      }

      async function* mailHistory(
        cur: Extract<MailCursor, { phase: "history" }>,
      ): AsyncGenerator<SyncPage, boolean> {
        let pageToken = cur.pageToken;
        for (;;) {
          let raw: unknown;
          try {
            raw = await api.listHistory({
              startHistoryId: cur.historyId,
              pageToken: pageToken ?? undefined,
              maxResults: sizes.history,
            });
          } catch (e) {
            if (e instanceof GoogleHttpError && e.status === 404) return yield* mailFull(true);
            throw e;
          }
          const hist = GmailHistoryList.safeParse(raw);
          if (!hist.success) {
            yield page({
              ...emptyMail,
              reset: false,
              complete: false,
              skipped: [
                {
                  mailboxId,
                  requestId: "users.history.list",
                  reason: `unreadable history.list response: ${hist.error.issues[0]?.message}`,
                },
              ],
            });
            return false;
          }
          const ops = netChanges(hist.data);
          const upserts = [...ops].filter(([, op]) => op === "upsert").map(([id]) => id);
          const removals = [...ops].filter(([, op]) => op === "remove").map(([id]) => id);
          const fetched = await fetchMessages(upserts, false);
          const next = hist.data.nextPageToken ?? null;
          state.mail = next
            ? { phase: "history", historyId: cur.historyId, pageToken: next }
            : { phase: "history", historyId: hist.data.historyId, pageToken: null };
          yield page({
            ...emptyMail,
            messages: fetched.messages,
            removedMessageIds: [...removals, ...fetched.removed],
            reset: false,
            complete: next === null,
            skipped: fetched.skipped,
          });
          if (next === null) return true;
          pageToken = next;
        }
      }

      function eventsOf(items: unknown[], timeZone: string | undefined, filterWindow: boolean) {
        const events: CalendarEvent[] = [];
        const removed: string[] = [];
        const skipped: SkippedItem[] = [];
        const minMs = nowMs - calendarWindow.pastDays * DAY;
        const maxMs = nowMs + calendarWindow.futureDays * DAY;
        for (const item of items) {
          const bare = item as { id?: unknown; status?: unknown; start?: unknown };
          if (typeof bare?.id === "string" && bare.status === "cancelled" && bare.start === undefined) {
            removed.push(bare.id); // deleted: Google keeps only the id
            continue;
          }
          const r = normalizeCalendarEvent(item, mailboxId, timeZone ? { calendarTimeZone: timeZone } : {});
          if (!r.ok) {
            skipped.push({
              mailboxId,
              ...(typeof bare?.id === "string" ? { itemId: bare.id } : {}),
              reason: r.error,
            });
            continue;
          }
          if (filterWindow && (Date.parse(r.value.end) <= minMs || Date.parse(r.value.start) >= maxMs)) {
            removed.push(r.value.id); // changed, but outside the window a clean sync would read
            continue;
          }
          events.push(r.value);
        }
        return { events, removed, skipped };
      }

      async function* calendarFull(fresh: boolean): AsyncGenerator<SyncPage, boolean> {
        let cur: Extract<CalendarCursor, { phase: "full" }> =
          !fresh && state.calendar?.phase === "full"
            ? state.calendar
            : {
                phase: "full",
                pageToken: null,
                timeMin: new Date(nowMs - calendarWindow.pastDays * DAY).toISOString(),
                timeMax: new Date(nowMs + calendarWindow.futureDays * DAY).toISOString(),
              };
        let reset = cur.pageToken === null;
        for (;;) {
          const res = GoogleCalendarEventsPage.safeParse(
            await api.listEvents({
              calendarId,
              timeMin: cur.timeMin,
              timeMax: cur.timeMax,
              pageToken: cur.pageToken ?? undefined,
              maxResults: sizes.events,
            }),
          );
          if (!res.success || (!res.data.nextPageToken && !res.data.nextSyncToken)) {
            yield page({
              ...emptyCal,
              reset: false,
              complete: false,
              skipped: [
                {
                  mailboxId,
                  requestId: "events.list",
                  reason: "unreadable events.list response (no items/page token/sync token)",
                },
              ],
            });
            return false;
          }
          const got = eventsOf(res.data.items ?? [], res.data.timeZone, false);
          const done = !res.data.nextPageToken;
          state.calendar = done
            ? { phase: "sync", syncToken: res.data.nextSyncToken as string, pageToken: null }
            : { ...cur, pageToken: res.data.nextPageToken ?? null };
          yield page({
            ...emptyCal,
            events: got.events,
            removedEventIds: got.removed,
            reset,
            complete: done,
            skipped: got.skipped,
          });
          reset = false;
          if (done) return true;
          cur = state.calendar as typeof cur;
        }
      }

      async function* calendarIncremental(
        cur: Extract<CalendarCursor, { phase: "sync" }>,
      ): AsyncGenerator<SyncPage, boolean> {
        let pageToken = cur.pageToken;
        for (;;) {
          let raw: unknown;
          try {
            raw = await api.listEvents({
              calendarId,
              syncToken: cur.syncToken,
              pageToken: pageToken ?? undefined,
              maxResults: sizes.events,
            });
          } catch (e) {
            if (e instanceof GoogleHttpError && e.status === 410) return yield* calendarFull(true);
            throw e;
          }
          const res = GoogleCalendarEventsPage.safeParse(raw);
          if (!res.success || (!res.data.nextPageToken && !res.data.nextSyncToken)) {
            yield page({
              ...emptyCal,
              reset: false,
              complete: false,
              skipped: [
                {
                  mailboxId,
                  requestId: "events.list",
                  reason: "unreadable events.list response (no page token or sync token)",
                },
              ],
            });
            return false;
          }
          const got = eventsOf(res.data.items ?? [], res.data.timeZone, true);
          const next = res.data.nextPageToken ?? null;
          state.calendar = next
            ? { phase: "sync", syncToken: cur.syncToken, pageToken: next }
            : { phase: "sync", syncToken: res.data.nextSyncToken as string, pageToken: null };
          yield page({
            ...emptyCal,
            events: got.events,
            removedEventIds: got.removed,
            reset: false,
            complete: next === null,
            skipped: got.skipped,
          });
          if (next === null) return true;
          pageToken = next;
        }
      }

      if (state.mail?.phase === "history") yield* mailHistory(state.mail);
      else yield* mailFull(state.mail === null);
      if (state.calendar?.phase === "sync") yield* calendarIncremental(state.calendar);
      else yield* calendarFull(state.calendar === null);
    },
  };
}

/**
 * Net effect of history records, in order: the last relevant change of each message wins.
 * Added, or label changes touching INBOX/SENT/DRAFT/TRASH/SPAM → re-read (TRASH/SPAM
 * additions → removed); permanently deleted → removed. Other label toggles (UNREAD…) are ignored.
 *
 * @example
 * netChanges({ historyId: "9", history: [{ id: "8", messagesDeleted: [{ message: { id: "a" } }] }] }); // Map { "a" => "remove" }
 */
export function netChanges(list: GmailHistoryList): Map<string, "upsert" | "remove"> {
  const ops = new Map<string, "upsert" | "remove">();
  const set = (id: string, op: "upsert" | "remove") => {
    ops.delete(id);
    ops.set(id, op);
  };
  for (const record of list.history ?? []) {
    for (const a of record.messagesAdded ?? []) set(a.message.id, "upsert");
    for (const l of record.labelsAdded ?? []) {
      const labels = l.labelIds ?? [];
      if (labels.some((x) => GONE_LABELS.includes(x))) set(l.message.id, "remove");
      else if (labels.some((x) => RELEVANT_LABELS.has(x)) && ops.get(l.message.id) !== "remove")
        set(l.message.id, "upsert");
    }
    for (const l of record.labelsRemoved ?? []) {
      if ((l.labelIds ?? []).some((x) => RELEVANT_LABELS.has(x))) set(l.message.id, "upsert");
    }
    for (const d of record.messagesDeleted ?? []) set(d.message.id, "remove");
  }
  return ops;
}

export type { GoogleApi };
