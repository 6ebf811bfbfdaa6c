/**
 * The contract between a provider connector and the code that stores what it reads
 * (the Worker's per-mailbox coordinator, the demo, the tests). Connectors own auth, paging,
 * rate limits and normalisation; they hand over pages of engine types plus an opaque cursor.
 */
import type { CalendarEvent, Message } from "../src/engine/model.ts";

/** Which feed of a mailbox a page belongs to. */
export type SyncStream = "mail" | "calendar";

/** One page of changes. The caller persists it, then stores `cursor`; never the other way round. */
export interface SyncPage {
  stream: SyncStream;
  /** Items added or changed (upsert by mailboxId + id). */
  messages: Message[];
  events: CalendarEvent[];
  /** Provider ids removed from the mailbox (or fallen out of the synced window). */
  removedMessageIds: string[];
  removedEventIds: string[];
  /**
   * `true` on the first page of a full enumeration of this stream (first sync, or a re-sync
   * forced by 410 / an expired history id / an invalid delta token). The caller marks what it
   * has of this stream as unconfirmed; whatever the enumeration does not return again by the
   * page with `complete: true` is removed, so a re-sync ends with exactly the state a clean
   * first sync would.
   */
  reset: boolean;
  /** `true` when this page ends the current round; `cursor` is then the delta/sync token to resume from. */
  complete: boolean;
  /** Opaque, JSON-serialisable resume point for this mailbox (all streams). Persist after the page. */
  cursor: string;
  /** Responses or items that failed validation: logged and skipped, never fatal for the mailbox. */
  skipped: SkippedItem[];
  /** HTTP requests made to produce this page (for politeness budgets and benchmarks). */
  requests: number;
}

export interface SkippedItem {
  mailboxId: string;
  requestId?: string;
  itemId?: string;
  reason: string;
}

export interface SyncOptions {
  /** The clock, so tests and the demo can move time. */
  now: Date;
  signal?: AbortSignal;
}

/** A mailbox's sync source, built by a connector for one mailbox with its credentials. */
export interface MailboxSyncSource {
  /**
   * Yields pages from `cursor` (null: first sync). Stops when every stream is complete.
   * Throws `ProviderBackoffError` when the provider asks to wait longer than the connector
   * is willing to sleep; the caller records the back-off and retries later from the last cursor.
   */
  pages(cursor: string | null, options: SyncOptions): AsyncIterable<SyncPage>;
}

/** The provider asked us to stop until `retryAt` (429/503 with a long Retry-After, quota exhausted). */
export class ProviderBackoffError extends Error {
  override readonly name = "ProviderBackoffError";
  readonly retryAt: Date;
  readonly status: number;
  constructor(message: string, retryAt: Date, status: number) {
    super(message);
    this.retryAt = retryAt;
    this.status = status;
  }
}

/** Credentials or configuration are wrong; retrying will not help until someone fixes them. */
export class ProviderAuthError extends Error {
  override readonly name = "ProviderAuthError";
}

/** Outcome of normalising one provider resource: the engine type, or a reason it was refused. */
export type NormalizeResult<T> = { ok: true; value: T } | { ok: false; error: string };
