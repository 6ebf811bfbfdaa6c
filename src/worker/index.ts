/**
 * The ghostwatch Worker: HTTP (health, admin API, provider webhooks), Cron Triggers, the sync
 * queue and its dead-letter queue, and the per-mailbox `MailboxCoordinator` Durable Object.
 */
import { Hono } from "hono";
import { handleAlertQueue } from "../alerts/queue.ts";
import { apiApp } from "../api/app.ts";
import { dashboardApp } from "../dashboard/app.tsx";
import { adminApp } from "./admin.ts";
import { alertQueueDeps } from "./alerts.ts";
import {
  CRON_RETENTION,
  CRON_SYNC,
  CRON_TICK,
  enqueueDueMailboxes,
  enqueueTicks,
  purgeExpired,
} from "./cron.ts";
import { productionEngine } from "./engine.ts";
import type { Env } from "./env.ts";
import { ALERT_QUEUE_NAME, SYNC_DLQ_NAME, SYNC_QUEUE_NAME } from "./jobs.ts";
import { handleSyncDeadLetters, handleSyncQueue } from "./queue.ts";
import { webhookApp } from "./webhooks.ts";

export { MailboxCoordinator } from "./coordinator.ts";
export type { Env } from "./env.ts";

// The entry module exports handlers only (workerd refuses other values as exports).

const app = new Hono<{ Bindings: Env }>();

app.get("/health", async (c) => {
  const row = await c.env.DB.prepare("SELECT 1 AS ok").first<{ ok: number }>();
  return c.json({ status: row?.ok === 1 ? "ok" : "degraded", service: "ghostwatch" });
});

app.route("/admin", adminApp());
app.route("/webhooks", webhookApp());
// Dashboard and JSON API (issue #8): authenticated by Cloudflare Access / API tokens in src/auth.
app.route("/api/v1", apiApp());
app.route("/", dashboardApp());

const engine = async () => productionEngine;

export default {
  fetch: app.fetch,

  async scheduled(controller: ScheduledController, env: Env): Promise<void> {
    const now = new Date(controller.scheduledTime);
    switch (controller.cron) {
      case CRON_SYNC:
        await enqueueDueMailboxes(env, now);
        break;
      case CRON_TICK:
        await enqueueTicks(env, now);
        break;
      case CRON_RETENTION:
        await purgeExpired(env, now);
        break;
      default:
        console.warn(`ghostwatch: no job for cron "${controller.cron}"`);
    }
  },

  async queue(batch: MessageBatch<unknown>, env: Env): Promise<void> {
    if (batch.queue === SYNC_DLQ_NAME) return handleSyncDeadLetters(batch, env);
    if (batch.queue === SYNC_QUEUE_NAME) return handleSyncQueue(batch, env, { engine });
    if (batch.queue === ALERT_QUEUE_NAME) return handleAlertQueue(batch, alertQueueDeps(env));
    console.error(
      `ghostwatch: no consumer for queue "${batch.queue}"; ${batch.messages.length} message(s) retried`,
    );
    batch.retryAll();
  },
} satisfies ExportedHandler<Env>;
