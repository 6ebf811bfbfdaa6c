/**
 * Cron and queue plumbing: due mailboxes are enqueued once (held while queued), a failing sync
 * is retried with back-off and its error shown in words, a malformed job is refused, the
 * dead-letter consumer records what failed repeatedly, and the daily cron purges by retention.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { tenantRepository } from "../../src/storage/repository.ts";
import { enqueueDueMailboxes } from "../../src/worker/cron.ts";
import worker from "../../src/worker/index.ts";
import { syncRetryDelaySeconds } from "../../src/worker/queue.ts";
import { drain, scenario } from "./scenario.ts";
import { admin, onboard } from "./support.ts";

describe("cron", () => {
  it("enqueues due mailboxes only, and holds them while their job waits", async () => {
    await onboard(
      "cq",
      {
        mailboxes: [
          { id: "jo", address: "jo@acme.com" },
          { id: "al", address: "al@acme.com" },
        ],
      },
      { "x-ghostwatch-clock": "2026-03-02T08:00:00Z" },
    );
    const repo = tenantRepository(env.DB, "cq");
    await repo.recordSync("al", { nextAttemptAt: "2026-03-02T12:00:00.000Z" });
    const jobs = await enqueueDueMailboxes(env, new Date("2026-03-02T08:05:00Z"));
    expect(jobs).toEqual([
      { kind: "sync", tenantId: "cq", mailboxId: "jo", reason: "cron", at: "2026-03-02T08:05:00.000Z" },
    ]);
    expect((await repo.getSyncStatus("jo"))?.nextAttemptAt).toBe("2026-03-02T08:20:00.000Z");
    expect(await enqueueDueMailboxes(env, new Date("2026-03-02T08:10:00Z"))).toEqual([]);
  });

  it("enqueues more than one Queues batch (100 messages) of mailboxes, from cron and from the admin API", async () => {
    const mailboxes = Array.from({ length: 130 }, (_, i) => ({ id: `m${i}`, address: `m${i}@acme.com` }));
    await onboard("many", { mailboxes }, { "x-ghostwatch-clock": "2026-03-02T08:00:00Z" });
    const jobs = await enqueueDueMailboxes(env, new Date("2026-03-02T08:05:00Z"));
    expect(jobs.filter((j) => j.tenantId === "many").length).toBe(130);
    const res = await admin("POST", "/tenants/many/sync");
    expect(res.status).toBe(202);
    expect((res.body.enqueued as string[]).length).toBe(130);
  }, 30_000);

  it("purges what is older than the tenant's retention every day", async () => {
    await onboard("ret", { settings: { retentionDays: 30 } });
    await drain("ret", scenario(), "2026-03-03T08:00:00Z");
    const repo = tenantRepository(env.DB, "ret");
    expect((await repo.countItems()).messages).toBe(5);
    // 31 days after the mail: all of it is past retention.
    await worker.scheduled(
      createScheduledController({ cron: "17 3 * * *", scheduledTime: new Date("2026-04-03T03:17:00Z") }),
      env,
    );
    expect((await repo.countItems()).messages).toBe(0);
    expect(
      await env.DB.prepare("SELECT COUNT(*) AS n FROM item_addresses WHERE tenant_id = 'ret'").first("n"),
    ).toBe(0);
    const log = (await repo.listAuditLog()).find((e) => e.action === "retention.purge");
    expect(log).toMatchObject({
      actor: "system:retention",
      detail: { messages: 5, cutoff: "2026-03-04T03:17:00.000Z" },
    });
  });

  it("keeps what is inside the retention window", async () => {
    await onboard("ret2", { settings: { retentionDays: 180 } });
    await drain("ret2", scenario(), "2026-03-03T08:00:00Z");
    await worker.scheduled(
      createScheduledController({ cron: "17 3 * * *", scheduledTime: new Date("2026-04-03T03:17:00Z") }),
      env,
    );
    expect((await tenantRepository(env.DB, "ret2").countItems()).messages).toBe(5);
  });
});

describe("queue consumers", () => {
  it("retries a failing sync with back-off and shows the error in words", async () => {
    await onboard("qf");
    // A sealed secret that does not open (as after a SECRETS_KEY rotation gone wrong).
    await tenantRepository(env.DB, "qf").putSecret(
      "GRAPH_CLIENT_SECRET",
      { iv: "AAAAAAAAAAAAAAAA", ciphertext: "AAAA" },
      "x",
    );
    const batch = createMessageBatch("ghostwatch-sync", [
      {
        id: "q1",
        timestamp: new Date(),
        attempts: 2,
        body: { kind: "sync", tenantId: "qf", mailboxId: "jo", reason: "cron", at: "2026-03-02T09:00:00Z" },
      },
      { id: "q2", timestamp: new Date(), attempts: 1, body: { kind: "sync", tenantId: "qf" } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages.map((m) => m.msgId)).toEqual(["q1"]);
    expect([1, 2, 3, 10].map(syncRetryDelaySeconds)).toEqual([30, 60, 120, 900]);
    expect(result.explicitAcks).toEqual(["q2"]);
    const status = await tenantRepository(env.DB, "qf").getSyncStatus("jo");
    expect(status).toMatchObject({
      state: "error",
      consecutiveFailures: 1,
      nextAttemptAt: "2026-03-02T09:05:00.000Z",
    });
    expect(status?.lastError).toMatch(/^OperationError: /);
  });

  it("records dead-lettered jobs in D1, visible in the sync status", async () => {
    await onboard("dl");
    const batch = createMessageBatch("ghostwatch-sync-dlq", [
      {
        id: "d1",
        timestamp: new Date(),
        attempts: 6,
        body: { kind: "sync", tenantId: "dl", mailboxId: "jo", reason: "cron", at: "2026-03-02T09:00:00Z" },
      },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["d1"]);
    const res = await admin("GET", "/tenants/dl/sync-status");
    expect(res.body.deadLetters).toEqual([
      expect.objectContaining({
        id: "d1",
        mailboxId: "jo",
        kind: "sync",
        attempts: 6,
        recordedAt: "2026-03-02T09:00:00.000Z",
      }),
    ]);
    expect((res.body.mailboxes as { state: string; lastError: string }[])[0]).toMatchObject({
      state: "error",
    });
    expect((res.body.mailboxes as { lastError: string }[])[0]?.lastError).toMatch(
      /gave up after repeated failures/,
    );
  });

  it("hands alert batches to the alerts consumer instead of retrying them", async () => {
    const batch = createMessageBatch("ghostwatch-alerts", [
      { id: "a1", timestamp: new Date(), attempts: 1, body: { not: "an alert job" } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryBatch.retry).toBe(false);
    expect(result.retryMessages).toEqual([]);
  });
});
