/**
 * The planning run against real D1: settings stored per tenant, keys already in the alert log
 * skipped, acknowledged risks not escalated, jobs enqueued with their quiet-hours delay.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  type AlertJob,
  handleAlertQueue,
  loadAlertSettings,
  planAndEnqueue,
  saveAlertSettings,
} from "../../src/alerts/index.ts";
import { alertSettings, finding, tenantSettings } from "../alerts/support.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      SINKS_BASE_URL: string;
    }
  }
}

function recordingQueue() {
  const sent: Array<{ body: AlertJob; delaySeconds: number | undefined }> = [];
  const queue = {
    async send(body: AlertJob, options?: QueueSendOptions) {
      sent.push({ body, delaySeconds: options?.delaySeconds });
    },
    async sendBatch(messages: Iterable<MessageSendRequest<AlertJob>>) {
      for (const m of messages) sent.push({ body: m.body, delaySeconds: m.delaySeconds });
    },
  } as unknown as Queue<AlertJob>;
  return { queue, sent };
}

describe("alert settings per tenant", () => {
  it("stores valid settings and refuses invalid ones naming the field", async () => {
    const tenantId = `t-${crypto.randomUUID()}`;
    expect((await loadAlertSettings(env.DB, tenantId)).schedule).toMatchObject({ day: 1, time: "08:00" });
    const bad = await saveAlertSettings(
      env.DB,
      tenantId,
      {
        alerts: {
          channels: { s: { kind: "slack", webhookUrl: "not a url" } },
          routes: [{ channel: "nope" }],
        },
        schedule: { time: "25:00" },
      },
      new Date(),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.some((e) => e.startsWith("alerts.channels.s.webhookUrl"))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith("schedule.time"))).toBe(true);
    }
    const settings = alertSettings(env.SINKS_BASE_URL, "x");
    const good = await saveAlertSettings(
      env.DB,
      tenantId,
      { alerts: settings, schedule: { day: 5, time: "16:00" } },
      new Date(),
    );
    expect(good.ok).toBe(true);
    const loaded = await loadAlertSettings(env.DB, tenantId);
    expect(loaded.alerts).toEqual(settings);
    expect(loaded.schedule).toMatchObject({ day: 5, time: "16:00" });
  });
});

describe("planAndEnqueue", () => {
  it("enqueues once: a second run after delivery plans nothing, and an acknowledged risk is not escalated", async () => {
    const ns = `plan-${crypto.randomUUID().slice(0, 8)}`;
    const tenantId = `tenant-${ns}`;
    const alerts = alertSettings(env.SINKS_BASE_URL, ns);
    const now = new Date("2026-03-05T10:00:00Z");
    const ghosted = finding({ type: "ghosted" });
    const acknowledgedGhost = finding({ type: "ghosted" });
    await env.DB.prepare(
      "INSERT INTO finding_history (tenant_id, finding_key, seq, at, actor, change, to_status) VALUES (?, ?, 1, ?, 'ann@acme.com', 'status', 'acknowledged')",
    )
      .bind(tenantId, acknowledgedGhost.key.replace(/^ghosted:/, "ghost_risk:"), now.toISOString())
      .run();

    const first = recordingQueue();
    const plan = await planAndEnqueue(env.DB, first.queue, tenantId, [ghosted, acknowledgedGhost], {
      settings: tenantSettings,
      alerts,
      now,
    });
    expect(plan.skipped).toEqual([]);
    const stages = first.sent.flatMap(({ body }) =>
      body.items.map((i) => `${i.findingKey === ghosted.key ? "a" : "b"}:${i.stage}`),
    );
    expect(stages.sort()).toEqual(["a:breach", "a:escalation", "b:breach"]);
    expect(first.sent.every((s) => s.delaySeconds === 0)).toBe(true);

    // Deliver them, then plan again (the next cron): nothing new.
    const batch = createMessageBatch(
      "ghostwatch-alerts",
      first.sent.map((s, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body: s.body })),
    );
    const ctx = createExecutionContext();
    await handleAlertQueue(batch, { db: env.DB, mailToken: async () => "token" });
    expect((await getQueueResult(batch, ctx)).retryMessages).toEqual([]);
    const second = recordingQueue();
    await planAndEnqueue(env.DB, second.queue, tenantId, [ghosted, acknowledgedGhost], {
      settings: tenantSettings,
      alerts,
      now,
    });
    expect(second.sent).toEqual([]);
  });

  it("delays a night-time plan to the end of the recipient's quiet hours", async () => {
    const tenantId = `tenant-${crypto.randomUUID()}`;
    const alerts = alertSettings(env.SINKS_BASE_URL, "night");
    const { queue, sent } = recordingQueue();
    // 23:30 CET on Saturday 28 March 2026; Berlin springs forward that night → 08:00 CEST = 06:00Z.
    await planAndEnqueue(env.DB, queue, tenantId, [finding({ type: "ghost_risk" })], {
      settings: tenantSettings,
      alerts,
      now: new Date("2026-03-28T22:30:00Z"),
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body.notBefore).toBe("2026-03-29T06:00:00.000Z");
    expect(sent[0]?.delaySeconds).toBe(7.5 * 3600);
  });
});
