/**
 * The per-mailbox sync source for Microsoft 365: message delta per mail folder (Inbox and Sent
 * Items by default) and calendarView delta over a sliding window, run concurrently under the
 * mailbox's request limiter, handed over page by page with an opaque cursor.
 *
 * Cursor rules (see `connectors/types.ts`): a page's cursor covers exactly the pages handed over
 * so far; `@odata.nextLink`s are kept in it so an interrupted round resumes where it stopped;
 * `@odata.deltaLink`s end a round. A 410 / `syncStateNotFound` / `resyncRequired` restarts the
 * stream from scratch with `reset: true`.
 *
 * Round trips: a run opens every stream (each folder's delta and the calendar's) with one `$batch`
 * (at most `maxConcurrency` inner requests per batch, 4 by default: the mailbox's allowance), so an incremental run whose
 * changes fit in one page per stream costs one request, plus one `$batch` when new meeting
 * requests need their eventMessage details.
 */
import type { CalendarEvent, Mailbox, Message } from "../../src/engine/model.ts";
import {
  type MailboxSyncSource,
  ProviderAuthError,
  ProviderBackoffError,
  type SkippedItem,
  type SyncOptions,
  type SyncPage,
  type SyncStream,
} from "../types.ts";
import { createTokenProvider, type GraphCredentials, type TokenCache } from "./auth.ts";
import {
  createGraphHttp,
  type GraphHttp,
  type GraphResponse,
  graphResponse,
  type RetryPolicy,
} from "./http.ts";
import { normalizeGraphEvent, normalizeGraphMessage } from "./normalize.ts";
import { GraphDeltaPage, GraphMailFolder, GraphRemoved } from "./schemas.ts";

export interface GraphSourceOptions {
  graphBaseUrl: string;
  loginBaseUrl: string;
  credentials: GraphCredentials;
  /** The mailbox; `address` is the user principal name. */
  mailbox: Mailbox;
  /** Mail folders to sync (well-known names or ids). Default `["inbox", "sentitems"]`. */
  folders?: string[];
  /** First sync reads this many days back (default 120). */
  lookbackDays?: number;
  /** Calendar window around now (default 120 days back, 60 ahead). */
  calendarWindow?: { pastDays: number; futureDays: number };
  /** The calendar window is re-anchored (a fresh enumeration) once it is this old (default 24 h). */
  calendarReanchorHours?: number;
  tokenCache?: TokenCache;
  fetch?: typeof fetch;
  /** Concurrent requests per mailbox (Outlook allows 4). */
  maxConcurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Longest `Retry-After` the connector sleeps through; longer ones become `ProviderBackoffError`. */
  maxRetryWaitMs?: number;
  retry?: Partial<RetryPolicy>;
  /** `Prefer: odata.maxpagesize` for message delta (default 1000). */
  messagePageSize?: number;
  /** `Prefer: odata.maxpagesize` for calendarView delta (default 1000). */
  eventPageSize?: number;
  /** Graph returns at most this many messages from a delta with `$filter` (5,000). */
  filteredDeltaCap?: number;
  /**
   * The mail permission the app holds. `Mail.ReadBasic` cannot read `body`, `bodyPreview`,
   * `uniqueBody` or `internetMessageHeaders`, so they are not selected (no excerpt, no headers:
   * auto-reply and bounce detection then rely on subject and sender only). Default `Mail.Read`.
   */
  mailPermission?: "Mail.Read" | "Mail.ReadBasic";
}

/** Properties the engine reads; `internetMessageHeaders` is returned only when selected. */
export const MESSAGE_SELECT = [
  "internetMessageId",
  "conversationId",
  "subject",
  "bodyPreview",
  "body",
  "uniqueBody",
  "from",
  "sender",
  "toRecipients",
  "ccRecipients",
  "bccRecipients",
  "replyTo",
  "receivedDateTime",
  "sentDateTime",
  "internetMessageHeaders",
  "parentFolderId",
  "isDraft",
  "hasAttachments",
] as const;

/** What `Mail.ReadBasic` does not cover. */
const READ_BASIC_EXCLUDED = new Set(["body", "uniqueBody", "bodyPreview", "internetMessageHeaders"]);

/** Keys a flag-only change carries (read toggles come back with just these, even with `$select`). */
const FLAG_ONLY_KEYS = new Set([
  "@odata.type",
  "@odata.etag",
  "id",
  "isRead",
  "parentFolderId",
  "flag",
  "categories",
  "changeKey",
  "lastModifiedDateTime",
]);

interface FolderState {
  key: string;
  /** nextLink (paging) or deltaLink (round finished); null = not started. */
  link: string | null;
  paging: boolean;
  filtered: boolean;
}
interface MailState {
  cutoff: string;
  configured: string[];
  folders: FolderState[];
}
interface CalendarState {
  start: string;
  end: string;
  anchoredAt: string;
  link: string | null;
  paging: boolean;
}
interface CursorState {
  v: 1;
  mailbox: string;
  mail: MailState | null;
  calendar: CalendarState | null;
}

/** What a producer hands to the merger. */
type Produced =
  | {
      kind: "page";
      stream: SyncStream;
      gen: number;
      folder?: FolderState;
      calendar?: CalendarState;
      /** This page ends the round of its folder (or of the calendar). */
      final: boolean;
      /** The round stopped early on an error; the stream is not complete in this run. */
      failed?: boolean;
      messages: Message[];
      events: CalendarEvent[];
      removedMessageIds: string[];
      removedEventIds: string[];
      skipped: SkippedItem[];
      requests: number;
    }
  | { kind: "reset"; stream: SyncStream; gen: number; reason: string };

const RESYNC_CODES = /^(syncstatenotfound|resyncrequired|syncstateinvalid|invaliddeltatoken)$/i;

function isResync(res: GraphResponse): boolean {
  if (res.status === 410) return true;
  return (res.status === 400 || res.status === 404) && RESYNC_CODES.test(res.errorCode ?? "");
}

function folderKind(key: string): "inbox" | "sent" | "other" {
  const k = key.toLowerCase();
  if (k === "inbox") return "inbox";
  if (k === "sentitems") return "sent";
  return "other";
}

function parseCursor(raw: string | null, mailboxId: string): CursorState | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as CursorState;
    if (c?.v !== 1 || c.mailbox !== mailboxId) return null;
    return c;
  } catch {
    return null;
  }
}

/**
 * Creates the Microsoft 365 sync source of one mailbox.
 *
 * @example
 * const source = createGraphMailboxSource({
 *   graphBaseUrl: env.GRAPH_BASE_URL, loginBaseUrl: env.MS_LOGIN_BASE_URL,
 *   credentials: { tenantId, clientId, clientSecret },
 *   mailbox: { id: "mbx-1", address: "recruiting@contoso.com", provider: "microsoft", role: "recruiter" },
 * });
 * for await (const page of source.pages(storedCursor, { now: new Date() })) {
 *   await store.apply(page); // persist first…
 *   await store.saveCursor(page.cursor); // …then the cursor
 * }
 */
export function createGraphMailboxSource(
  options: GraphSourceOptions,
): MailboxSyncSource & { http: GraphHttp } {
  const mailbox = options.mailbox;
  const upnPath = `/users/${encodeURIComponent(mailbox.address)}`;
  const folders = (options.folders ?? ["inbox", "sentitems"]).map((f) => f.trim()).filter(Boolean);
  const lookbackDays = options.lookbackDays ?? 120;
  const window = options.calendarWindow ?? { pastDays: 120, futureDays: 60 };
  const reanchorMs = (options.calendarReanchorHours ?? 24) * 3_600_000;
  const messagePageSize = options.messagePageSize ?? 1000;
  const eventPageSize = options.eventPageSize ?? 1000;
  const filteredCap = options.filteredDeltaCap ?? 5000;
  const readBasic = options.mailPermission === "Mail.ReadBasic";
  const maxConcurrency = options.maxConcurrency ?? 4;
  const select = MESSAGE_SELECT.filter((f) => !readBasic || !READ_BASIC_EXCLUDED.has(f));
  const tokens = createTokenProvider({
    loginBaseUrl: options.loginBaseUrl,
    credentials: options.credentials,
    ...(options.tokenCache ? { cache: options.tokenCache } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const http = createGraphHttp({
    graphBaseUrl: options.graphBaseUrl,
    tokens,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    maxConcurrency,
    ...(options.sleep ? { sleep: options.sleep } : {}),
    retry: {
      ...options.retry,
      ...(options.maxRetryWaitMs !== undefined ? { maxRetryWaitMs: options.maxRetryWaitMs } : {}),
    },
  });
  const messageHeaders = {
    prefer: `odata.maxpagesize=${messagePageSize}, outlook.body-content-type="text", IdType="ImmutableId"`,
  };
  const eventHeaders = { prefer: `odata.maxpagesize=${eventPageSize}, IdType="ImmutableId"` };

  const skip = (reason: string, requestId?: string, itemId?: string): SkippedItem => ({
    mailboxId: mailbox.id,
    reason,
    ...(requestId ? { requestId } : {}),
    ...(itemId ? { itemId } : {}),
  });

  /** Reads folder sizes in one `$batch` to choose `$filter` (≤ cap) or a client-side cut-off. */
  async function discoverFolders(
    keys: string[],
  ): Promise<{ folders: FolderState[]; skipped: SkippedItem[]; requests: number }> {
    const skipped: SkippedItem[] = [];
    const states: FolderState[] = [];
    let requests = 0;
    for (let i = 0; i < keys.length; i += 20) {
      const chunk = keys.slice(i, i + 20);
      const { results, requests: sent } = await http.batch(
        chunk.map((key, j) => ({
          id: String(j),
          method: "GET" as const,
          url: `${upnPath}/mailFolders/${encodeURIComponent(key)}?$select=id,displayName,totalItemCount`,
        })),
      );
      requests += sent;
      chunk.forEach((key, j) => {
        const item = results.get(String(j));
        const folder = item && item.status === 200 ? GraphMailFolder.safeParse(item.body) : undefined;
        if (item && (item.status === 401 || item.status === 403)) {
          throw new ProviderAuthError(`Graph denied access to mailbox ${mailbox.address} (${item.status})`);
        }
        if (!folder?.success) {
          skipped.push(
            skip(
              `mail folder ${JSON.stringify(key)} unavailable (${item ? item.status : "no answer"}); not synced`,
              item?.headers?.["request-id"] ?? undefined,
            ),
          );
          return;
        }
        states.push({
          key,
          link: null,
          paging: false,
          filtered: (folder.data.totalItemCount ?? Number.POSITIVE_INFINITY) <= filteredCap,
        });
      });
    }
    return { folders: states, skipped, requests };
  }

  function startCalendar(now: Date): CalendarState {
    return {
      start: new Date(now.getTime() - window.pastDays * 86_400_000).toISOString(),
      end: new Date(now.getTime() + window.futureDays * 86_400_000).toISOString(),
      anchoredAt: now.toISOString(),
      link: null,
      paging: false,
    };
  }

  // Under Mail.ReadBasic the body must not be asked for, so the eventMessage fields are selected explicitly.
  const hydrateQuery = readBasic
    ? `$select=${[...select, "meetingMessageType", "startDateTime", "endDateTime"].join(",")}&$expand=microsoft.graph.eventMessage/event`
    : "$expand=microsoft.graph.eventMessage/event";

  function firstMessageUrl(f: FolderState, cutoff: string): string {
    const query = [`$select=${select.join(",")}`];
    if (f.filtered) query.push(`$filter=${encodeURIComponent(`receivedDateTime ge ${cutoff}`)}`);
    return `${upnPath}/mailFolders/${encodeURIComponent(f.key)}/messages/delta?${query.join("&")}`;
  }

  /**
   * First delta calls of this run's streams, answered by an opening `$batch` (see {@link openStreams});
   * a stream whose URL is here takes its first page from it instead of a request of its own.
   */
  const opening = new Map<string, Promise<GraphResponse | undefined>>();

  /**
   * Sends the first delta call of every stream in `$batch`es of at most `maxConcurrency` (Graph runs
   * a batch's inner requests against the mailbox's allowance of 4 concurrent requests),
   * so that an incremental run costs one round trip rather than one per folder and calendar.
   * An answer the batch cannot give (batch refused, 401 inside it) leaves the stream to call on
   * its own; throttling beyond the wait budget and denied access end the run as a direct call would.
   */
  function openStreams(calls: { url: string; headers: Record<string, string> }[]): void {
    if (calls.length < 2) return; // one call: a batch would not save a round trip
    const perBatch = Math.max(1, Math.min(20, maxConcurrency));
    for (let i = 0; i < calls.length; i += perBatch) {
      const chunk = calls.slice(i, i + perBatch);
      const sent = http.batch(
        chunk.map((c, j) => ({ id: String(j), method: "GET" as const, url: c.url, headers: c.headers })),
      );
      chunk.forEach((c, j) => {
        const answer = sent.then(
          ({ results, requests, requestId }) => {
            const item = results.get(String(j));
            if (!item || item.status === 401) return undefined;
            const res = graphResponse(
              item.status,
              new Headers(item.headers ?? {}),
              item.body,
              j === 0 ? requests : 0,
            );
            return res.requestId || !requestId ? res : { ...res, requestId };
          },
          (error: unknown) => {
            if (error instanceof ProviderBackoffError || error instanceof ProviderAuthError) throw error;
            return undefined;
          },
        );
        answer.catch(() => {}); // raised where the stream awaits it
        opening.set(c.url, answer);
      });
    }
  }

  /** Fetches eventMessage details (meetingMessageType, times, the event) with `$batch` of ≤ 20. */
  async function hydrate(items: Record<string, unknown>[]): Promise<{
    merged: Map<string, Record<string, unknown>>;
    gone: Set<string>;
    failed: Map<string, string>;
    requests: number;
  }> {
    const merged = new Map<string, Record<string, unknown>>();
    const gone = new Set<string>();
    const failed = new Map<string, string>();
    const chunks: Record<string, unknown>[][] = [];
    for (let i = 0; i < items.length; i += 20) chunks.push(items.slice(i, i + 20));
    const outcomes = await Promise.all(
      chunks.map((chunk) =>
        http.batch(
          chunk.map((item, j) => ({
            id: String(j),
            method: "GET" as const,
            url: `${upnPath}/messages/${encodeURIComponent(String(item.id))}?${hydrateQuery}`,
            headers: { prefer: 'outlook.body-content-type="text", IdType="ImmutableId"' },
          })),
        ),
      ),
    );
    let requests = 0;
    outcomes.forEach(({ results, requests: sent }, c) => {
      requests += sent;
      chunks[c]!.forEach((item, j) => {
        const id = String(item.id);
        const res = results.get(String(j));
        if (res?.status === 200 && res.body && typeof res.body === "object") {
          merged.set(id, { ...item, ...(res.body as Record<string, unknown>) });
        } else if (res?.status === 404) {
          gone.add(id);
        } else {
          failed.set(id, `eventMessage details unavailable (${res ? res.status : "no answer"})`);
        }
      });
    });
    return { merged, gone, failed, requests };
  }

  type DeltaRead =
    | { kind: "resync"; reason: string }
    | { kind: "failed"; skipped: SkippedItem; requests: number }
    | { kind: "page"; value: unknown[]; next?: string; delta?: string; requestId?: string; requests: number };

  /** One delta call: a page, a resync signal (410 and kin), or a failure that leaves the round for the next run. */
  async function readDelta(url: string, headers: Record<string, string>, label: string): Promise<DeltaRead> {
    const opened = opening.get(url);
    opening.delete(url);
    const res = (await opened) ?? (await http.get(url, headers));
    if (isResync(res)) return { kind: "resync", reason: `${res.status} ${res.errorCode ?? ""} on ${label}` };
    if (res.status === 401 || res.status === 403) {
      throw new ProviderAuthError(
        `Graph denied ${mailbox.address} ${label} (${res.status} ${res.errorCode ?? ""}, request-id ${res.requestId ?? "?"})`,
      );
    }
    const page = res.status === 200 ? GraphDeltaPage.safeParse(res.body) : undefined;
    let why: string | undefined;
    if (!page?.success) {
      why = res.status === 200 ? "response failed validation" : `status ${res.status} ${res.errorCode ?? ""}`;
    } else if (!page.data["@odata.nextLink"] && !page.data["@odata.deltaLink"]) {
      why = "page without @odata.nextLink or @odata.deltaLink";
    }
    if (why || !page?.success) {
      return {
        kind: "failed",
        skipped: skip(`${label}: ${why}; left for the next run`, res.requestId),
        requests: res.attempts,
      };
    }
    return {
      kind: "page",
      value: page.data.value,
      ...(page.data["@odata.nextLink"] ? { next: page.data["@odata.nextLink"] } : {}),
      ...(page.data["@odata.deltaLink"] ? { delta: page.data["@odata.deltaLink"] } : {}),
      ...(res.requestId ? { requestId: res.requestId } : {}),
      requests: res.attempts,
    };
  }

  function failedPage(
    stream: SyncStream,
    gen: number,
    position: { folder: FolderState } | { calendar: CalendarState },
    read: { skipped: SkippedItem; requests: number },
  ): Produced {
    return {
      kind: "page",
      stream,
      gen,
      ...position,
      final: true,
      failed: true,
      messages: [],
      events: [],
      removedMessageIds: [],
      removedEventIds: [],
      skipped: [read.skipped],
      requests: read.requests,
    };
  }

  async function* mailRound(f: FolderState, cutoff: string, gen: number): AsyncGenerator<Produced> {
    let current = f; // position as of the last page handed over
    const cutoffMs = Date.parse(cutoff);
    while (true) {
      const read = await readDelta(
        current.link ?? firstMessageUrl(f, cutoff),
        messageHeaders,
        `message delta of ${f.key}`,
      );
      if (read.kind === "resync") {
        yield { kind: "reset", stream: "mail", gen, reason: read.reason };
        return;
      }
      if (read.kind === "failed") {
        yield failedPage("mail", gen, { folder: current }, read);
        return;
      }
      let requests = read.requests;
      const messages: Message[] = [];
      const removed: string[] = [];
      const skipped: SkippedItem[] = [];
      const toHydrate: Record<string, unknown>[] = [];
      const ready: Record<string, unknown>[] = [];
      for (const raw of read.value) {
        const gone = GraphRemoved.safeParse(raw);
        if (gone.success) {
          removed.push(gone.data.id);
          continue;
        }
        if (!raw || typeof raw !== "object") {
          skipped.push(skip("delta item is not an object", read.requestId));
          continue;
        }
        const item = raw as Record<string, unknown>;
        const received =
          typeof item.receivedDateTime === "string" ? Date.parse(item.receivedDateTime) : Number.NaN;
        if (received < cutoffMs) continue; // outside the look-back window (unfiltered folders)
        if (typeof item.id === "string" && Object.keys(item).every((k) => FLAG_ONLY_KEYS.has(k))) continue; // flags only: nothing the engine keeps changed
        if (
          String(item["@odata.type"] ?? "").startsWith("#microsoft.graph.eventMessage") &&
          !item.meetingMessageType
        ) {
          toHydrate.push(item);
        } else {
          ready.push(item);
        }
      }
      const warnings = new Map<string, string>();
      if (toHydrate.length > 0) {
        const h = await hydrate(toHydrate);
        requests += h.requests;
        for (const item of toHydrate) {
          const id = String(item.id);
          if (h.gone.has(id)) removed.push(id);
          else ready.push(h.merged.get(id) ?? item);
          const failure = h.failed.get(id);
          if (failure) warnings.set(id, failure);
        }
      }
      for (const item of ready) {
        const r = normalizeGraphMessage(item, mailbox.id, { folder: folderKind(f.key) });
        if (!r.ok) {
          skipped.push(skip(r.error, read.requestId, typeof item.id === "string" ? item.id : undefined));
          continue;
        }
        if (Date.parse(r.value.receivedAt) < cutoffMs) continue;
        const w = warnings.get(r.value.id);
        messages.push(w ? { ...r.value, warnings: [...r.value.warnings, w] } : r.value);
      }
      current = { ...f, link: (read.next ?? read.delta)!, paging: Boolean(read.next) };
      yield {
        kind: "page",
        stream: "mail",
        gen,
        folder: current,
        final: !read.next,
        messages,
        events: [],
        removedMessageIds: removed,
        removedEventIds: [],
        skipped,
        requests,
      };
      if (!read.next) return;
    }
  }

  function firstCalendarUrl(c: CalendarState): string {
    return `${upnPath}/calendarView/delta?startDateTime=${encodeURIComponent(c.start)}&endDateTime=${encodeURIComponent(c.end)}`;
  }

  async function* calendarRound(c: CalendarState, gen: number): AsyncGenerator<Produced> {
    let current = c;
    while (true) {
      const read = await readDelta(current.link ?? firstCalendarUrl(c), eventHeaders, "calendarView delta");
      if (read.kind === "resync") {
        yield { kind: "reset", stream: "calendar", gen, reason: read.reason };
        return;
      }
      if (read.kind === "failed") {
        yield failedPage("calendar", gen, { calendar: current }, read);
        return;
      }
      const events: CalendarEvent[] = [];
      const removed: string[] = [];
      const skipped: SkippedItem[] = [];
      for (const raw of read.value) {
        const gone = GraphRemoved.safeParse(raw);
        if (gone.success) {
          removed.push(gone.data.id);
          continue;
        }
        const r = normalizeGraphEvent(raw, mailbox.id);
        if (r.ok) events.push(r.value);
        else {
          const id = raw && typeof raw === "object" && "id" in raw ? String(raw.id) : undefined;
          skipped.push(skip(r.error, read.requestId, id));
        }
      }
      current = { ...c, link: (read.next ?? read.delta)!, paging: Boolean(read.next) };
      yield {
        kind: "page",
        stream: "calendar",
        gen,
        calendar: current,
        final: !read.next,
        messages: [],
        events,
        removedMessageIds: [],
        removedEventIds: removed,
        skipped,
        requests: read.requests,
      };
      if (!read.next) return;
    }
  }

  return {
    http,
    async *pages(rawCursor: string | null, syncOptions: SyncOptions): AsyncIterable<SyncPage> {
      const now = syncOptions.now;
      const previous = parseCursor(rawCursor, mailbox.id);
      const state: CursorState = {
        v: 1,
        mailbox: mailbox.id,
        mail: previous?.mail ?? null,
        calendar: previous?.calendar ?? null,
      };
      const gen: Record<SyncStream, number> = { mail: 0, calendar: 0 };
      const resetPending: Record<SyncStream, boolean> = { mail: false, calendar: false };
      const resets: Record<SyncStream, number> = { mail: 0, calendar: 0 };
      const pendingSkipped: Record<SyncStream, SkippedItem[]> = { mail: [], calendar: [] };
      const pendingRequests: Record<SyncStream, number> = { mail: 0, calendar: 0 };
      let mailFinished = new Set<string>();
      let mailFailed = false;

      type Running = {
        it: AsyncGenerator<Produced>;
        p: Promise<{ id: number; r: IteratorResult<Produced> }>;
      };
      const running = new Map<number, Running>();
      let nextId = 0;
      const schedule = (id: number, it: AsyncGenerator<Produced>) => {
        const p = it.next().then((r) => ({ id, r }));
        p.catch(() => {}); // handled where raced; avoids an unhandled rejection for abandoned producers
        running.set(id, { it, p });
      };
      /** While set, new streams wait here with their first URL, to be opened together. */
      let deferred: { it: AsyncGenerator<Produced>; url: string; headers: Record<string, string> }[] | null =
        null;
      const add = (it: AsyncGenerator<Produced>, url: string, headers: Record<string, string>) => {
        if (deferred) deferred.push({ it, url, headers });
        else schedule(nextId++, it);
      };

      const sameFolders =
        state.mail !== null &&
        state.mail.configured.length === folders.length &&
        state.mail.configured.every((f, i) => f === folders[i]);
      async function beginMail(fresh: boolean) {
        if (fresh || !state.mail || !sameFolders) {
          const found = await discoverFolders(folders);
          const cutoff = new Date(now.getTime() - lookbackDays * 86_400_000).toISOString();
          state.mail = { cutoff, configured: [...folders], folders: found.folders };
          pendingSkipped.mail.push(...found.skipped);
          pendingRequests.mail += found.requests;
          resetPending.mail = true;
        } else {
          // A folder that was unavailable when the enumeration started joins it now (its items are plain upserts).
          const known = new Set(state.mail.folders.map((f) => f.key));
          const missing = folders.filter((f) => !known.has(f));
          if (missing.length > 0) {
            const found = await discoverFolders(missing);
            state.mail.folders.push(...found.folders);
            pendingSkipped.mail.push(...found.skipped);
            pendingRequests.mail += found.requests;
          }
        }
        mailFinished = new Set();
        mailFailed = false;
        for (const f of state.mail.folders) {
          add(
            mailRound(f, state.mail.cutoff, gen.mail),
            f.link ?? firstMessageUrl(f, state.mail.cutoff),
            messageHeaders,
          );
        }
      }
      function beginCalendar(fresh: boolean) {
        const stale = state.calendar && now.getTime() - Date.parse(state.calendar.anchoredAt) >= reanchorMs;
        if (fresh || !state.calendar || stale) {
          state.calendar = startCalendar(now);
          resetPending.calendar = true;
        }
        add(
          calendarRound(state.calendar, gen.calendar),
          state.calendar.link ?? firstCalendarUrl(state.calendar),
          eventHeaders,
        );
      }

      const emptyPage = (stream: SyncStream, complete: boolean): SyncPage => ({
        stream,
        messages: [],
        events: [],
        removedMessageIds: [],
        removedEventIds: [],
        reset: resetPending[stream],
        complete,
        cursor: JSON.stringify(state),
        skipped: pendingSkipped[stream].splice(0),
        requests: pendingRequests[stream],
      });

      try {
        deferred = [];
        await beginMail(false);
        if (state.mail!.folders.length === 0) {
          // Nothing to enumerate (every folder unavailable): report it on a page of its own.
          yield emptyPage("mail", false);
          resetPending.mail = false;
          pendingRequests.mail = 0;
        }
        beginCalendar(false);
        const starting = deferred;
        deferred = null;
        openStreams(starting);
        for (const s of starting) schedule(nextId++, s.it);
        while (running.size > 0) {
          syncOptions.signal?.throwIfAborted();
          const { id, r } = await Promise.race([...running.values()].map((x) => x.p));
          const entry = running.get(id)!;
          if (r.done) {
            running.delete(id);
            continue;
          }
          const item = r.value;
          if (item.gen !== gen[item.stream]) {
            running.delete(id);
            void entry.it.return(undefined);
            continue;
          }
          schedule(id, entry.it); // run ahead by one page while this one is handed over
          if (item.kind === "reset") {
            if (++resets[item.stream] > 2) {
              throw new Error(
                `Graph keeps invalidating the ${item.stream} sync state of ${mailbox.address}: ${item.reason}`,
              );
            }
            // Producers of the old generation are dropped when they next yield (see the gen check above).
            gen[item.stream]++;
            if (item.stream === "mail") await beginMail(true);
            else beginCalendar(true);
            continue;
          }
          let complete = false;
          if (item.stream === "mail" && item.folder && state.mail) {
            const f = item.folder;
            state.mail.folders = state.mail.folders.map((x) => (x.key === f.key ? f : x));
            if (item.final) mailFinished.add(f.key);
            if (item.failed) mailFailed = true;
            complete = !mailFailed && mailFinished.size === state.mail.folders.length;
          } else if (item.stream === "calendar" && item.calendar) {
            state.calendar = item.calendar;
            complete = item.final && !item.failed;
          }
          const page: SyncPage = {
            stream: item.stream,
            messages: item.messages,
            events: item.events,
            removedMessageIds: item.removedMessageIds,
            removedEventIds: item.removedEventIds,
            reset: resetPending[item.stream],
            complete,
            cursor: JSON.stringify(state),
            skipped: [...pendingSkipped[item.stream].splice(0), ...item.skipped],
            requests: item.requests + pendingRequests[item.stream],
          };
          pendingRequests[item.stream] = 0;
          // Pages with nothing in them are still handed over when they move the cursor past a round.
          if (
            !page.reset &&
            !item.final &&
            page.messages.length +
              page.events.length +
              page.removedMessageIds.length +
              page.removedEventIds.length +
              page.skipped.length ===
              0
          ) {
            pendingRequests[item.stream] += page.requests;
            continue;
          }
          resetPending[item.stream] = false;
          yield page;
        }
      } finally {
        for (const run of running.values()) void run.it.return(undefined);
        running.clear();
        opening.clear();
      }
    },
  };
}
