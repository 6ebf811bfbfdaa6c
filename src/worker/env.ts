/**
 * Bindings the Worker expects (see wrangler.toml). Secrets are set with `wrangler secret put`.
 */
import type { AlertJob } from "../alerts/config.ts";
import type { AlertDeadLetter } from "../alerts/queue.ts";
import type { MailboxCoordinator } from "./coordinator.ts";
import type { QueueJob } from "./jobs.ts";

export interface Env {
  DB: D1Database;
  MAILBOX_COORDINATOR: DurableObjectNamespace<MailboxCoordinator>;
  SYNC_QUEUE: Queue<QueueJob>;
  /** Alerts (src/alerts): producer of `ghostwatch-alerts` and of its dead-letter queue. */
  ALERT_QUEUE?: Queue<AlertJob>;
  ALERT_DLQ?: Queue<AlertDeadLetter>;
  GRAPH_BASE_URL: string;
  MS_LOGIN_BASE_URL: string;
  GMAIL_ROOT_URL: string;
  CALENDAR_ROOT_URL: string;
  GOOGLE_TOKEN_URL: string;
  /** Slice budget of one Durable Object run (strings, from [vars]). */
  SYNC_SLICE_MAX_PAGES?: string;
  SYNC_SLICE_MAX_REQUESTS?: string;
  SYNC_SLICE_MAX_MS?: string;
  /** Secret: bearer token of the admin API. */
  ADMIN_TOKEN?: string;
  /** Secret: base64 of 32 random bytes; AES-GCM key for per-tenant secrets stored in D1. */
  SECRETS_KEY?: string;
  /** Secret: expected Graph `clientState` of change notifications. */
  GRAPH_CLIENT_STATE?: string;
  /** Pub/Sub push: expected audience and the push service account's email. */
  GMAIL_PUSH_AUDIENCE?: string;
  GMAIL_PUSH_SERVICE_ACCOUNT?: string;
  /** Public HTTPS origin of this Worker (Graph notification URLs), e.g. `https://ghostwatch.acme.com`. */
  PUBLIC_BASE_URL?: string;
  /** `settable` only in tests and the local demo: jobs may carry the clock (`at`). Never in production. */
  GHOSTWATCH_CLOCK?: string;
  /** Other secrets: `GRAPH_CLIENT_SECRET__<TENANT>`, `GOOGLE_SA_KEY__<TENANT>`. */
  [name: string]: unknown;
}
