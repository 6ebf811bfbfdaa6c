/**
 * Several mailboxes of one Graph tenant synced side by side from one queue batch (their
 * Durable Objects share an isolate locally, as they may in production): every one finishes.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { expect, it } from "vitest";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import worker from "../../src/worker/index.ts";
import { onboard } from "./support.ts";

it("syncs eight mailboxes of one tenant concurrently", async () => {
  const directory = `gw-conc-${crypto.randomUUID().slice(0, 8)}`;
  const fake = fakeGraphControl(env.GRAPH_BASE_URL, directory);
  await fake.registerApp({ clientId: "gw-app", clientSecret: "gw-secret" });
  const mailboxes = Array.from({ length: 8 }, (_, i) => ({ id: `mb${i}`, address: `mb${i}@acme.com` }));
  for (const m of mailboxes) {
    await fake.addMailbox(m.address, ["inbox", "sentitems"]);
    await fake.addMessages(m.address, {
      folder: "inbox",
      generate: { count: 30, seed: 1 + mailboxes.indexOf(m) },
    });
  }
  await onboard("conc", {
    providerConfig: { tenantId: directory, clientId: "gw-app" },
    secrets: { clientSecret: "gw-secret" },
    mailboxes,
  });
  const batch = createMessageBatch(
    "ghostwatch-sync",
    mailboxes.map((m) => ({
      id: `c-${m.id}`,
      timestamp: new Date(),
      attempts: 1,
      body: { kind: "sync", tenantId: "conc", mailboxId: m.id, reason: "cron" },
    })),
  );
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  expect(result.explicitAcks.length).toBe(8);
  const status = await tenantRepository(env.DB, "conc").listSyncStatus();
  expect(status.map((s) => [s.mailboxId, s.state, s.messagesSynced])).toEqual(
    mailboxes.map((m) => [m.id, "idle", 30]),
  );
}, 60_000);
