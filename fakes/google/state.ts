/**
 * In-memory state of the fake Google: service accounts, access tokens, and per impersonated
 * user a Gmail mailbox (messages, history), a primary calendar, injected faults and counters.
 * Users are keyed by address, so parallel test files use distinct addresses and never collide.
 */
import {
  type FakeEventSpec,
  type FakeMessageSpec,
  generateEvents,
  generateMessages,
  prng,
} from "./generator.ts";
import type { StoredMessage } from "./render.ts";

export interface ServiceAccount {
  clientEmail: string;
  publicKey: CryptoKey;
  /** Scopes granted in the Admin console's domain-wide delegation; null = any. */
  delegatedScopes: string[] | null;
}

export interface AccessToken {
  token: string;
  clientEmail: string;
  user: string;
  scopes: string[];
  expiresAt: number;
}

export interface Fault {
  /** Method name (`gmail.users.messages.get`), a prefix with `*` (`gmail.*`), or `*`. */
  method: string;
  status: number;
  reason?: string | undefined;
  remaining: number;
  delayMs?: number | undefined;
  retryAfterSeconds?: number | undefined;
  /** With status 200: serve this JSON instead of the real answer (a malformed response). */
  body?: unknown;
}

export interface HistoryRecord {
  id: number;
  type: "messageAdded" | "messageDeleted" | "labelAdded" | "labelRemoved";
  message: { id: string; threadId: string; labelIds?: string[] };
  labelIds?: string[];
}

export interface StoredEvent extends FakeEventSpec {
  id: string;
  iCalUID: string;
  status: "confirmed" | "tentative" | "cancelled";
  created: string;
  updated: string;
  /** Change counter value of the last change (drives syncToken). */
  seq: number;
  sequence: number;
  /** Hard-deleted: listed as a bare `{id, status: "cancelled"}`. */
  deleted?: boolean;
  /** Original start times (epoch ms) of cancelled instances of a recurring series. */
  cancelledInstances?: number[];
}

export interface Counters {
  /** HTTP requests received (a batch counts once). */
  httpRequests: number;
  /** API calls (every call inside a batch counts). */
  calls: number;
  /** Gmail quota units consumed. */
  units: number;
  byMethod: Record<string, number>;
  faultsServed: number;
}

export class FakeUser {
  readonly address: string;
  messages = new Map<string, StoredMessage>();
  private sorted: StoredMessage[] | null = null;
  history: HistoryRecord[] = [];
  historyId: number;
  /** `startHistoryId` below this is too old → 404. */
  historyFloor: number;
  watch: { topicName: string; labelIds: string[]; expiration: number; historyId: number } | null = null;
  events = new Map<string, StoredEvent>();
  eventSeq = 1;
  syncGeneration = 1;
  calendarTimeZone = "Europe/Zurich";
  faults: Fault[] = [];
  counters: Counters = { httpRequests: 0, calls: 0, units: 0, byMethod: {}, faultsServed: 0 };
  /** Optional enforced per-user quota (units per rolling minute). */
  quotaUnitsPerMinute: number | null = null;
  unitWindow: { at: number; units: number }[] = [];
  private idCounter = 0;
  private rand: () => number;

  constructor(address: string) {
    this.address = address;
    let seed = 0;
    for (const ch of address) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
    this.rand = prng(seed);
    this.historyId = 100_000 + Math.floor(this.rand() * 50_000);
    this.historyFloor = this.historyId;
  }

  private nextHistoryId(): number {
    this.historyId += 1 + Math.floor(this.rand() * 3);
    return this.historyId;
  }

  private newMessageId(internalDate: number): string {
    this.idCounter++;
    return `${internalDate.toString(16)}${this.idCounter.toString(16).padStart(5, "0")}`
      .slice(-16)
      .padStart(16, "1");
  }

  /** Messages newest first (the order of `messages.list`). */
  listOrder(): StoredMessage[] {
    this.sorted ??= [...this.messages.values()].sort(
      (a, b) => b.internalDate - a.internalDate || (a.id < b.id ? 1 : -1),
    );
    return this.sorted;
  }

  private store(spec: FakeMessageSpec, internalDate: number, historyId: number): StoredMessage {
    const id = this.newMessageId(internalDate);
    const threadKey = spec.threadKey ?? spec.inReplyTo ?? spec.messageId;
    let threadId = id;
    for (const other of this.messages.values()) {
      if ((other.spec.threadKey ?? other.spec.messageId) === threadKey) {
        threadId = other.threadId;
        break;
      }
    }
    const m: StoredMessage = {
      id,
      threadId,
      labelIds: spec.labelIds ?? ["INBOX", "UNREAD"],
      internalDate,
      historyId,
      spec,
    };
    this.messages.set(id, m);
    this.sorted = null;
    return m;
  }

  /** Pre-existing mail: no history records; the history floor moves to now. */
  seedMessages(specs: FakeMessageSpec[]): StoredMessage[] {
    // Threads are looked up by key; use an index to keep big seeds linear.
    const byKey = new Map<string, string>();
    const out: StoredMessage[] = [];
    for (const spec of specs) {
      const key = spec.threadKey ?? spec.inReplyTo ?? spec.messageId;
      const hid = this.nextHistoryId();
      const id = this.newMessageId(spec.date);
      const threadId = byKey.get(key) ?? id;
      byKey.set(key, threadId);
      const m: StoredMessage = {
        id,
        threadId,
        labelIds: spec.labelIds ?? ["INBOX"],
        internalDate: spec.date,
        historyId: hid,
        spec,
      };
      this.messages.set(id, m);
      out.push(m);
    }
    this.sorted = null;
    this.historyFloor = this.historyId;
    return out;
  }

  /** New mail arriving now: a `messageAdded` history record each. */
  addMessages(specs: FakeMessageSpec[]): StoredMessage[] {
    return specs.map((spec) => {
      const hid = this.nextHistoryId();
      const m = this.store(spec, spec.date, hid);
      this.history.push({
        id: hid,
        type: "messageAdded",
        message: { id: m.id, threadId: m.threadId, labelIds: [...m.labelIds] },
      });
      return m;
    });
  }

  deleteMessages(ids: string[]): number {
    let n = 0;
    for (const id of ids) {
      const m = this.messages.get(id);
      if (!m) continue;
      this.messages.delete(id);
      this.sorted = null;
      const hid = this.nextHistoryId();
      this.history.push({ id: hid, type: "messageDeleted", message: { id, threadId: m.threadId } });
      n++;
    }
    return n;
  }

  modifyLabels(id: string, add: string[], remove: string[]): boolean {
    const m = this.messages.get(id);
    if (!m) return false;
    const added = add.filter((l) => !m.labelIds.includes(l));
    const removed = remove.filter((l) => m.labelIds.includes(l));
    m.labelIds = [...m.labelIds.filter((l) => !removed.includes(l)), ...added];
    if (added.length) {
      m.historyId = this.nextHistoryId();
      this.history.push({
        id: m.historyId,
        type: "labelAdded",
        message: { id, threadId: m.threadId },
        labelIds: added,
      });
    }
    if (removed.length) {
      m.historyId = this.nextHistoryId();
      this.history.push({
        id: m.historyId,
        type: "labelRemoved",
        message: { id, threadId: m.threadId },
        labelIds: removed,
      });
    }
    return true;
  }

  /** Makes every history id issued so far too old (the next history.list from one gives 404). */
  expireHistory(): void {
    this.historyFloor = this.nextHistoryId();
    this.history = [];
  }

  generateMessages(
    count: number,
    options: { endMs: number; spanDays: number; seed: number; seedOnly: boolean },
  ) {
    const specs = generateMessages({ user: this.address, count, ...options });
    return options.seedOnly ? this.seedMessages(specs) : this.addMessages(specs);
  }

  upsertEvent(spec: FakeEventSpec, nowMs: number): StoredEvent {
    const id =
      spec.id ?? `ev${(this.eventSeq + 1000).toString(36)}${Math.floor(this.rand() * 1e6).toString(36)}`;
    const prev = this.events.get(id);
    const stamp = new Date(nowMs).toISOString();
    const ev: StoredEvent = {
      ...prev,
      ...spec,
      id,
      iCalUID: spec.iCalUID ?? prev?.iCalUID ?? `${id}@google.com`,
      status: spec.status ?? "confirmed",
      created: prev?.created ?? stamp,
      updated: stamp,
      seq: ++this.eventSeq,
      sequence: prev ? prev.sequence + 1 : 0,
    };
    this.events.set(id, ev);
    return ev;
  }

  cancelEvent(id: string, nowMs: number): boolean {
    const ev = this.events.get(id);
    if (!ev) return false;
    ev.status = "cancelled";
    ev.updated = new Date(nowMs).toISOString();
    ev.seq = ++this.eventSeq;
    return true;
  }

  /** Cancels one instance of a recurring series (an exception); the series counts as changed. */
  cancelInstance(id: string, originalStartMs: number, nowMs: number): boolean {
    const ev = this.events.get(id);
    if (!ev?.recurrence) return false;
    ev.cancelledInstances = [...(ev.cancelledInstances ?? []), originalStartMs];
    ev.updated = new Date(nowMs).toISOString();
    ev.seq = ++this.eventSeq;
    return true;
  }

  deleteEvent(id: string): boolean {
    const ev = this.events.get(id);
    if (!ev) return false;
    ev.status = "cancelled";
    ev.deleted = true;
    ev.seq = ++this.eventSeq;
    return true;
  }

  generateEvents(count: number, options: { startMs: number; endMs: number; seed: number; nowMs: number }) {
    return generateEvents({ user: this.address, count, ...options }).map((e) =>
      this.upsertEvent(e, options.nowMs),
    );
  }

  /** Takes the next matching fault, if any. */
  takeFault(method: string): Fault | null {
    for (const f of this.faults) {
      if (f.remaining <= 0) continue;
      const hit =
        f.method === "*" ||
        f.method === method ||
        (f.method.endsWith("*") && method.startsWith(f.method.slice(0, -1)));
      if (!hit) continue;
      f.remaining--;
      this.counters.faultsServed++;
      return { ...f };
    }
    return null;
  }

  /** Records a call; returns false when the enforced quota would be exceeded. */
  charge(method: string, units: number, nowMs: number): boolean {
    if (this.quotaUnitsPerMinute !== null) {
      this.unitWindow = this.unitWindow.filter((w) => w.at > nowMs - 60_000);
      const used = this.unitWindow.reduce((s, w) => s + w.units, 0);
      if (used + units > this.quotaUnitsPerMinute) return false;
      this.unitWindow.push({ at: nowMs, units });
    }
    this.counters.calls++;
    this.counters.units += units;
    this.counters.byMethod[method] = (this.counters.byMethod[method] ?? 0) + 1;
    return true;
  }
}

/** The whole fake's state. */
export class FakeGoogleState {
  serviceAccounts = new Map<string, ServiceAccount>();
  tokens = new Map<string, AccessToken>();
  users = new Map<string, FakeUser>();

  user(address: string): FakeUser {
    const key = address.toLowerCase();
    let u = this.users.get(key);
    if (!u) {
      u = new FakeUser(key);
      this.users.set(key, u);
    }
    return u;
  }
}

/**
 * Gmail quota units per method, from https://developers.google.com/gmail/api/reference/quota
 * (per-user limit 15,000 units per minute). Calendar calls are counted as calls, not units.
 */
export const GMAIL_UNITS: Record<string, number> = {
  "gmail.users.getProfile": 1,
  "gmail.users.history.list": 2,
  "gmail.users.messages.list": 5,
  "gmail.users.messages.get": 5,
  "gmail.users.watch": 100,
  "gmail.users.stop": 50,
};
