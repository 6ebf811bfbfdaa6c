/**
 * State of the fake Microsoft Graph, namespaced per tenant id so parallel tests never collide:
 * registered apps, issued tokens, mailboxes (folders, messages, events, tombstones with a change
 * sequence), delta sync states (opaque tokens in a bounded cache, as Outlook keeps them),
 * subscriptions, injected faults and counters.
 */
import { randomUUID } from "node:crypto";

export interface AppRegistration {
  clientId: string;
  clientSecret?: string;
  certificate?: { publicKeyPem: string; thumbprint: string };
  /** Application permissions granted (default `Mail.Read`, `Calendars.Read`). */
  permissions?: string[];
}

export interface StoredItem {
  data: Record<string, unknown>;
  seq: number;
}

export interface Folder {
  key: string;
  id: string;
  displayName: string;
  messages: Map<string, StoredItem>;
  /** Deleted or moved-out ids with the sequence of the removal. */
  tombstones: Map<string, number>;
}

export interface MailboxState {
  upn: string;
  id: string;
  displayName: string;
  folders: Map<string, Folder>;
  events: Map<string, StoredItem>;
  eventTombstones: Map<string, number>;
  seq: number;
  inFlight: number;
  maxInFlight: number;
}

export type SyncState =
  | {
      kind: "messages";
      upn: string;
      folder: string;
      select: string[] | null;
      cutoff: { op: "ge" | "gt"; at: number } | null;
      watermark: number;
      pending?: { ids: string[]; removed: Set<string>; offset: number; snapshot: number };
    }
  | {
      kind: "events";
      upn: string;
      start: number;
      end: number;
      watermark: number;
      pending?: { ids: string[]; removed: Set<string>; offset: number; snapshot: number };
    };

export interface Fault {
  /**
   * `status`: answer with `status` (429/503/504/500); `gone`: 410 SyncStateNotFound; `slow`: add
   * `delayMs`; `unauthorized`: 401 InvalidAuthenticationToken; `malformed`: 200 with a body that is
   * not a valid collection (`value` not an array).
   */
  kind: "status" | "gone" | "slow" | "unauthorized" | "malformed";
  status?: number;
  /** Seconds for the `Retry-After` header; omitted when absent. */
  retryAfter?: number;
  delayMs?: number;
  /** Only requests whose path contains this string. */
  pathContains?: string;
  /** How many matching requests it applies to (default 1). */
  remaining: number;
  /** Skip this many matching requests before firing (default 0). */
  skip: number;
}

export interface Subscription {
  id: string;
  resource: string;
  upn: string;
  kind: "messages" | "events";
  folder: string | null;
  changeType: string;
  notificationUrl: string;
  lifecycleNotificationUrl: string | null;
  expirationDateTime: string;
  clientState: string | null;
  applicationId: string;
}

export interface TenantSettings {
  /** Added to every Graph call (ms), so concurrency is observable. */
  latencyMs: number;
  /** Outlook's concurrent-request limit per mailbox; above it the fake answers 429 `ApplicationThrottled`. */
  mailboxConcurrency: number;
  /** Largest honoured `odata.maxpagesize` for messages and events. */
  maxPageSize: number;
  /** Default page size without a `Prefer: odata.maxpagesize`. */
  defaultPageSize: number;
  /** Message delta with `$filter` returns at most this many messages (Graph: 5,000). */
  filteredDeltaCap: number;
  /** Maximum subscription lifetime for Outlook resources, minutes. */
  subscriptionMaxMinutes: number;
  tokenLifetimeSeconds: number;
  /** Bounded cache of delta sync states; the oldest are evicted. */
  syncStateCacheSize: number;
}

export interface Counters {
  /** Requests by normalised route (`GET /users/{user}/mailFolders/{folder}/messages/delta`). */
  requests: Record<string, number>;
  /** Inner `$batch` requests by route. */
  batchInner: Record<string, number>;
  tokenRequests: number;
  tokensIssued: number;
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
  notificationsSent: number;
}

export interface TenantState {
  id: string;
  apps: Map<string, AppRegistration>;
  tokens: Map<string, { expiresAt: number; clientId: string }>;
  mailboxes: Map<string, MailboxState>;
  syncStates: Map<string, SyncState>;
  subscriptions: Map<string, Subscription>;
  faults: Fault[];
  settings: TenantSettings;
  counters: Counters;
}

export const DEFAULT_SETTINGS: TenantSettings = {
  latencyMs: 0,
  mailboxConcurrency: 4,
  maxPageSize: 1000,
  defaultPageSize: 10,
  filteredDeltaCap: 5000,
  subscriptionMaxMinutes: 10_080,
  tokenLifetimeSeconds: 3599,
  syncStateCacheSize: 10_000,
};

function emptyCounters(): Counters {
  return {
    requests: {},
    batchInner: {},
    tokenRequests: 0,
    tokensIssued: 0,
    statuses: {},
    notificationsSent: 0,
  };
}

/** All tenants of one fake process. */
export class FakeGraphStore {
  readonly tenants = new Map<string, TenantState>();

  /** The tenant's state, created on first use. */
  tenant(id: string): TenantState {
    const key = id.toLowerCase();
    let t = this.tenants.get(key);
    if (!t) {
      t = {
        id,
        apps: new Map(),
        tokens: new Map(),
        mailboxes: new Map(),
        syncStates: new Map(),
        subscriptions: new Map(),
        faults: [],
        settings: { ...DEFAULT_SETTINGS },
        counters: emptyCounters(),
      };
      this.tenants.set(key, t);
    }
    return t;
  }

  /** Which tenant issued this bearer token (and whether it is still valid). */
  tokenOwner(token: string, now: number): { tenant: TenantState; valid: boolean } | null {
    for (const t of this.tenants.values()) {
      const info = t.tokens.get(token);
      if (info) return { tenant: t, valid: info.expiresAt > now };
    }
    return null;
  }
}

export function resetCounters(t: TenantState): void {
  t.counters = emptyCounters();
  for (const m of t.mailboxes.values()) m.maxInFlight = 0;
}

const WELL_KNOWN: Record<string, string> = {
  inbox: "Inbox",
  sentitems: "Sent Items",
  deleteditems: "Deleted Items",
  drafts: "Drafts",
  archive: "Archive",
  junkemail: "Junk Email",
};

/** Creates (or returns) a mailbox with Inbox, Sent Items, Deleted Items, Drafts, Archive, Junk Email. */
export function ensureMailbox(t: TenantState, upn: string, displayName?: string): MailboxState {
  const key = upn.toLowerCase();
  let m = t.mailboxes.get(key);
  if (!m) {
    m = {
      upn: key,
      id: randomUUID(),
      displayName: displayName ?? key,
      folders: new Map(),
      events: new Map(),
      eventTombstones: new Map(),
      seq: 0,
      inFlight: 0,
      maxInFlight: 0,
    };
    for (const [k, name] of Object.entries(WELL_KNOWN)) ensureFolder(m, k, name);
    t.mailboxes.set(key, m);
  }
  return m;
}

/** A folder by well-known name, id or display name; created when `create` is given. */
export function ensureFolder(m: MailboxState, key: string, displayName?: string): Folder {
  const found = findFolder(m, key);
  if (found) return found;
  const k = key.toLowerCase();
  const folder: Folder = {
    key: k,
    id: `AQMkAD${Buffer.from(`${m.upn}/${k}`).toString("base64url")}`,
    displayName: displayName ?? key,
    messages: new Map(),
    tombstones: new Map(),
  };
  m.folders.set(k, folder);
  return folder;
}

export function findFolder(m: MailboxState, keyOrId: string): Folder | undefined {
  const k = keyOrId
    .replace(/^\('?|'?\)$/g, "")
    .replace(/^'|'$/g, "")
    .toLowerCase();
  const direct = m.folders.get(k);
  if (direct) return direct;
  for (const f of m.folders.values()) {
    if (f.id.toLowerCase() === k || f.displayName.toLowerCase() === k) return f;
  }
  return undefined;
}

/** Finds a message anywhere in the mailbox. */
export function findMessage(m: MailboxState, id: string): { folder: Folder; item: StoredItem } | undefined {
  for (const folder of m.folders.values()) {
    const item = folder.messages.get(id);
    if (item) return { folder, item };
  }
  return undefined;
}

export function putMessage(m: MailboxState, folder: Folder, data: Record<string, unknown>): void {
  const id = String(data.id);
  m.seq++;
  folder.tombstones.delete(id);
  folder.messages.set(id, { data: { ...data, parentFolderId: folder.id }, seq: m.seq });
}

export function deleteMessage(m: MailboxState, id: string): boolean {
  const found = findMessage(m, id);
  if (!found) return false;
  m.seq++;
  found.folder.messages.delete(id);
  found.folder.tombstones.set(id, m.seq);
  return true;
}

/** Marks read/unread: in the next delta round Outlook returns only `id`, `isRead`, `parentFolderId`. */
export function markRead(m: MailboxState, id: string, isRead: boolean): boolean {
  const found = findMessage(m, id);
  if (!found) return false;
  m.seq++;
  found.item.data = { ...found.item.data, isRead };
  found.item.seq = m.seq;
  (found.item as StoredItem & { partialChange?: boolean }).partialChange = true;
  return true;
}

export function putEvent(m: MailboxState, data: Record<string, unknown>): void {
  const id = String(data.id);
  m.seq++;
  m.eventTombstones.delete(id);
  m.events.set(id, { data, seq: m.seq });
}

export function deleteEvent(m: MailboxState, id: string): boolean {
  if (!m.events.has(id)) return false;
  m.seq++;
  m.events.delete(id);
  m.eventTombstones.set(id, m.seq);
  return true;
}

/** Stores a sync state under a new opaque token; evicts the oldest beyond the cache size. */
export function saveSyncState(t: TenantState, state: SyncState): string {
  const token = randomUUID().replace(/-/g, "") + randomUUID().replace(/-/g, "").slice(0, 12);
  t.syncStates.set(token, state);
  while (t.syncStates.size > t.settings.syncStateCacheSize) {
    const oldest = t.syncStates.keys().next().value;
    if (oldest === undefined) break;
    t.syncStates.delete(oldest);
  }
  return token;
}

/** The first matching fault for a request, consumed. */
export function takeFault(t: TenantState, path: string, kinds: Fault["kind"][]): Fault | undefined {
  for (const f of t.faults) {
    if (!kinds.includes(f.kind)) continue;
    if (f.pathContains && !path.includes(f.pathContains)) continue;
    if (f.remaining <= 0) continue;
    if (f.skip > 0) {
      f.skip--;
      continue;
    }
    f.remaining--;
    return f;
  }
  return undefined;
}
