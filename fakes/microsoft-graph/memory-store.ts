/**
 * An in-memory store that applies `SyncPage`s with the semantics of `connectors/types.ts`
 * (upsert by id, removals, `reset` marks the stream unconfirmed, `complete` drops what the
 * enumeration did not return again; the cursor is kept after the page). Used by the connector
 * tests, the benchmark and the local demo; the Worker has its own durable storage.
 */
import type { SkippedItem, SyncPage, SyncStream } from "../../connectors/types.ts";
import type { CalendarEvent, Message } from "../../src/engine/model.ts";

/**
 * @example
 * const store = new MemorySyncStore();
 * for await (const page of source.pages(store.cursor, { now })) store.apply(page);
 */
export class MemorySyncStore {
  readonly messages = new Map<string, Message>();
  readonly events = new Map<string, CalendarEvent>();
  cursor: string | null = null;
  readonly skipped: SkippedItem[] = [];
  /** Upserts per id in the current enumeration, to detect an item handed over twice. */
  readonly deliveries = new Map<string, number>();
  pages = 0;
  requests = 0;
  resets: Record<SyncStream, number> = { mail: 0, calendar: 0 };
  completes: Record<SyncStream, number> = { mail: 0, calendar: 0 };
  #unconfirmed: Record<SyncStream, Set<string> | null> = { mail: null, calendar: null };

  apply(page: SyncPage): void {
    const map: Map<string, Message | CalendarEvent> = page.stream === "mail" ? this.messages : this.events;
    if (page.reset) {
      this.resets[page.stream]++;
      this.#unconfirmed[page.stream] = new Set(map.keys());
    }
    const unconfirmed = this.#unconfirmed[page.stream];
    for (const item of page.stream === "mail" ? page.messages : page.events) {
      map.set(item.id, item);
      unconfirmed?.delete(item.id);
      this.deliveries.set(
        `${page.stream}:${item.id}`,
        (this.deliveries.get(`${page.stream}:${item.id}`) ?? 0) + 1,
      );
    }
    for (const id of page.stream === "mail" ? page.removedMessageIds : page.removedEventIds) {
      map.delete(id);
      unconfirmed?.delete(id);
    }
    if (page.complete) {
      this.completes[page.stream]++;
      for (const id of unconfirmed ?? []) map.delete(id);
      this.#unconfirmed[page.stream] = null;
    }
    this.skipped.push(...page.skipped);
    this.pages++;
    this.requests += page.requests;
    this.cursor = page.cursor;
  }

  /** A canonical JSON snapshot of what is stored (for "same state as a clean sync" checks). */
  snapshot(): string {
    const sorted = <T extends { id: string }>(m: Map<string, T>) =>
      [...m.values()].sort((a, b) => a.id.localeCompare(b.id));
    return JSON.stringify({ messages: sorted(this.messages), events: sorted(this.events) });
  }

  /** Ids handed over more than once since the last `resetDeliveries()`. */
  duplicates(): string[] {
    return [...this.deliveries].filter(([, n]) => n > 1).map(([id]) => id);
  }

  resetDeliveries(): void {
    this.deliveries.clear();
  }
}
