/**
 * Helpers for the Google connector tests inside workerd: the fake's control API, a service
 * account registered with a fresh key, virtual time, and an in-memory store that applies
 * `SyncPage`s with the reset/complete semantics of `connectors/types.ts`.
 */
import { env } from "cloudflare:test";
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import type { MailboxSyncSource, SkippedItem, SyncPage } from "../../connectors/types.ts";
import type { CalendarEvent, Mailbox, Message } from "../../src/engine/model.ts";

export const FAKE_ROOT = env.GMAIL_ROOT_URL;

/** POST (or GET) a control call on the fake; throws with the body on a non-2xx. */
export async function control<T = Record<string, unknown>>(
  path: string,
  body?: unknown,
  method = "POST",
): Promise<T> {
  const res = await fetch(new URL(path.replace(/^\//, ""), FAKE_ROOT), {
    method,
    ...(method === "POST" ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`fake control ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

export const userPath = (user: string, sub: string) => `/_fake/users/${encodeURIComponent(user)}${sub}`;

export interface FakeStats {
  httpRequests: number;
  calls: number;
  units: number;
  byMethod: Record<string, number>;
  faultsServed: number;
}
export const stats = (user: string) => control<FakeStats>(userPath(user, "/stats"), undefined, "GET");
export const resetStats = (user: string) => control(userPath(user, "/stats/reset"));

let keyPromise: Promise<{ pkcs8: string; spki: string }> | null = null;
/** One RSA key pair per test file (key generation is the slow part). */
export function serviceAccountKey() {
  keyPromise ??= (async () => {
    const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
    return { pkcs8: await exportPKCS8(privateKey), spki: await exportSPKI(publicKey) };
  })();
  return keyPromise;
}

/** Registers a service account (unique per test) at the fake and returns its credentials. */
export async function registerServiceAccount(name: string, delegatedScopes?: string[]) {
  const key = await serviceAccountKey();
  const clientEmail = `${name}-${crypto.randomUUID().slice(0, 8)}@ghostwatch-test.iam.gserviceaccount.com`;
  await control("/_fake/service-accounts", {
    clientEmail,
    publicKeyPem: key.spki,
    ...(delegatedScopes ? { delegatedScopes } : {}),
  });
  return { clientEmail, privateKeyPem: key.pkcs8 };
}

/** A unique impersonated user, so parallel files never share fake state. */
export function uniqueUser(tag: string): string {
  return `${tag}-${crypto.randomUUID().slice(0, 8)}@acme.example`;
}

export function mailboxFor(address: string): Mailbox {
  return { id: `mbx-${address}`, address, provider: "google", role: "recruiter" };
}

/** Virtual time: `sleep` advances the clock instantly and records every wait. */
export function virtualTime(startMs = Date.now()) {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    random: () => 0.5,
  };
}

/** What a caller persists for one mailbox, applying pages as `connectors/types.ts` prescribes. */
export class PageStore {
  messages = new Map<string, Message>();
  events = new Map<string, CalendarEvent>();
  cursor: string | null = null;
  skipped: SkippedItem[] = [];
  pages = 0;
  requests = 0;
  /** Ids seen during the current full enumeration, per stream (null: none running). */
  private confirming: { mail: Set<string> | null; calendar: Set<string> | null } = {
    mail: null,
    calendar: null,
  };
  /** Upserts seen per id (a duplicate within one enumeration is a bug in the source). */
  duplicates: string[] = [];

  apply(page: SyncPage): void {
    this.pages++;
    this.requests += page.requests;
    this.skipped.push(...page.skipped);
    const stream = page.stream;
    if (page.reset) this.confirming[stream] = new Set();
    const seen = this.confirming[stream];
    for (const m of page.messages) {
      if (seen?.has(m.id)) this.duplicates.push(m.id);
      seen?.add(m.id);
      this.messages.set(m.id, m);
    }
    for (const e of page.events) {
      if (seen?.has(e.id)) this.duplicates.push(e.id);
      seen?.add(e.id);
      this.events.set(e.id, e);
    }
    for (const id of page.removedMessageIds) this.messages.delete(id);
    for (const id of page.removedEventIds) this.events.delete(id);
    if (page.complete && seen) {
      const items = stream === "mail" ? this.messages : this.events;
      for (const id of [...items.keys()]) if (!seen.has(id)) items.delete(id);
      this.confirming[stream] = null;
    }
    this.cursor = page.cursor;
  }

  /** Runs one round from the stored cursor. */
  async sync(source: MailboxSyncSource, now: Date): Promise<SyncPage[]> {
    const pages: SyncPage[] = [];
    for await (const page of source.pages(this.cursor, { now })) {
      this.apply(page);
      pages.push(page);
    }
    return pages;
  }

  /** A comparable snapshot of the stored state (without per-run warnings). */
  snapshot() {
    return {
      messages: [...this.messages.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      events: [...this.events.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    };
  }
}
