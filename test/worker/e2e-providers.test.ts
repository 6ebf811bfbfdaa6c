/**
 * End to end through the real connectors against the fake providers: two tenants, one on
 * Microsoft Graph and one on Google, synced from the cron trigger through the real queue and the
 * per-mailbox Durable Objects; findings open, escalate when the clock passes the deadline and
 * auto-resolve when the reply arrives. Then a queue message delivered twice, and a provider
 * throttle with a long Retry-After, both ending with the rows of a clean run.
 */
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  env,
  getQueueResult,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { fakeGraphControl } from "../../fakes/microsoft-graph/control.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import worker from "../../src/worker/index.ts";
import { control, registerServiceAccount, userPath } from "../connectors/google-support.ts";
import { dumpTenant, onboard } from "./support.ts";

const T0 = "2026-03-02T08:00:00Z"; // onboarding, Monday
const T1 = "2026-03-03T08:00:00Z"; // Tuesday: past 80% of the 1-business-day schedule SLA
const T2 = "2026-03-03T11:00:00Z"; // past the deadlines (10:00 and 10:30)
const T3 = "2026-03-03T14:00:00Z"; // after the replies (12:00)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `check` returns a value (polls D1 while the real queue consumer works). */
async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  ms = 30_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(150);
  }
}

async function cron(cronExpr: string, at: string) {
  await worker.scheduled(createScheduledController({ cron: cronExpr, scheduledTime: new Date(at) }), env);
}

function synced(tenantId: string, mailboxId: string, at: string) {
  return until(`${tenantId}/${mailboxId} synced at ${at}`, async () => {
    const s = await tenantRepository(env.DB, tenantId).getSyncStatus(mailboxId);
    return s?.lastSuccessAt === new Date(at).toISOString() && s.state === "idle" ? s : null;
  });
}

function graphMessage(m: {
  id: string;
  from: string;
  to: string;
  at: string;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  conversation: string;
}) {
  return {
    "@odata.type": "#microsoft.graph.message",
    id: m.id,
    createdDateTime: m.at,
    lastModifiedDateTime: m.at,
    receivedDateTime: m.at,
    sentDateTime: m.at,
    hasAttachments: false,
    internetMessageId: m.messageId,
    subject: m.subject,
    bodyPreview: m.text.slice(0, 255),
    importance: "normal",
    conversationId: m.conversation,
    isRead: true,
    isDraft: false,
    body: { contentType: "text", content: m.text },
    sender: { emailAddress: { address: m.from } },
    from: { emailAddress: { address: m.from } },
    toRecipients: [{ emailAddress: { address: m.to } }],
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    internetMessageHeaders: [
      { name: "Message-ID", value: m.messageId },
      ...(m.inReplyTo ? [{ name: "In-Reply-To", value: m.inReplyTo }] : []),
    ],
  };
}

const INVITE =
  "Hi, thanks for applying. We would like to invite you to an interview. Could you share your availability for next week?";
const AVAILABLE = "Hello, thank you! I am available on Tuesday at 10:00 or Wednesday at 14:00.";
const CONFIRMED = "Hello, your interview is confirmed for Tuesday 10 March at 10:00. See you then.";

/** A Graph tenant at the fake with Jo's mailbox holding Ann's thread; returns the fake control. */
async function graphTenant(directory: string, upn: string) {
  const fake = fakeGraphControl(env.GRAPH_BASE_URL, directory);
  await fake.registerApp({ clientId: "gw-app", clientSecret: "gw-secret" });
  await fake.addMailbox(upn, ["inbox", "sentitems"]);
  await fake.addMessages(upn, {
    folder: "sentitems",
    messages: [
      graphMessage({
        id: "g-ann-1",
        from: upn,
        to: "ann@example.org",
        at: "2026-03-02T09:00:00Z",
        subject: "Interview for Backend Engineer",
        text: INVITE,
        messageId: `<ann-1@acme.com>`,
        conversation: "conv-ann",
      }),
    ],
  });
  await fake.addMessages(upn, {
    folder: "inbox",
    messages: [
      graphMessage({
        id: "g-ann-2",
        from: "ann@example.org",
        to: upn,
        at: "2026-03-02T10:00:00Z",
        subject: "Re: Interview for Backend Engineer",
        text: AVAILABLE,
        messageId: `<ann-2@example.org>`,
        inReplyTo: `<ann-1@acme.com>`,
        conversation: "conv-ann",
      }),
    ],
  });
  return fake;
}

describe("two tenants, one per provider, from cron to findings", () => {
  it("opens, escalates and auto-resolves findings through Graph and Gmail", async () => {
    // Tenant 1: Microsoft 365.
    const directory = `gw-e2e-${crypto.randomUUID().slice(0, 8)}`;
    const fake = await graphTenant(directory, "jo@acme.com");
    const clock = { "x-ghostwatch-clock": T0 };
    await onboardAt("acme-ms", {
      provider: "microsoft",
      providerConfig: { tenantId: directory, clientId: "gw-app" },
      secrets: { clientSecret: "gw-secret" },
      mailboxes: [{ id: "jo", address: "jo@acme.com" }],
      clock,
    });

    // Tenant 2: Google Workspace (a unique impersonated user so parallel files never collide).
    const sa = await registerServiceAccount("gw-e2e");
    const rita = `rita-${crypto.randomUUID().slice(0, 8)}@globex.example`;
    await control(userPath(rita, "/messages"), {
      messages: [
        {
          from: rita,
          to: ["ben@example.net"],
          subject: "Interview for Data Analyst",
          date: Date.parse("2026-03-02T09:30:00Z"),
          messageId: "<ben-1@globex.example>",
          text: INVITE,
          labelIds: ["SENT"],
        },
        {
          from: "ben@example.net",
          to: [rita],
          subject: "Re: Interview for Data Analyst",
          date: Date.parse("2026-03-02T10:30:00Z"),
          messageId: "<ben-2@example.net>",
          inReplyTo: "<ben-1@globex.example>",
          references: ["<ben-1@globex.example>"],
          text: AVAILABLE,
          labelIds: ["INBOX"],
        },
      ],
    });
    await onboardAt("globex-g", {
      provider: "google",
      orgDomains: ["globex.example"],
      providerConfig: { clientEmail: sa.clientEmail, scopeMode: "readonly" },
      secrets: { privateKeyPem: sa.privateKeyPem },
      mailboxes: [{ id: "rita", address: rita }],
      clock,
    });

    // Cron → queue → Durable Objects → D1.
    await cron("*/5 * * * *", T1);
    await synced("acme-ms", "jo", T1);
    await synced("globex-g", "rita", T1);
    const ms = tenantRepository(env.DB, "acme-ms");
    const g = tenantRepository(env.DB, "globex-g");
    const msRisk = (await ms.listFindings({ type: "ghost_risk" }))[0];
    const gRisk = (await g.listFindings({ type: "ghost_risk" }))[0];
    expect(msRisk).toMatchObject({
      candidateAddress: "ann@example.org",
      status: "open",
      dueAt: "2026-03-03T10:00:00.000Z",
    });
    expect(gRisk).toMatchObject({
      candidateAddress: "ben@example.net",
      status: "open",
      dueAt: "2026-03-03T10:30:00.000Z",
    });
    // Each tenant sees only its own candidate.
    expect((await ms.listCandidates()).map((c) => c.primaryAddress)).toEqual(["ann@example.org"]);
    expect((await g.listCandidates()).map((c) => c.primaryAddress)).toEqual(["ben@example.net"]);

    // The hourly tick moves the clock past both deadlines: ghost_risk escalates to ghosted.
    await cron("0 * * * *", T2);
    const msGhosted = await until(
      "ghosted at acme-ms",
      async () => (await ms.listFindings({ type: "ghosted" }))[0],
    );
    const gGhosted = await until(
      "ghosted at globex-g",
      async () => (await g.listFindings({ type: "ghosted" }))[0],
    );
    expect(msGhosted.key).toBe(msRisk!.key.replace("ghost_risk:", "ghosted:"));
    expect(gGhosted.key).toBe(gRisk!.key.replace("ghost_risk:", "ghosted:"));
    expect((await ms.findingHistory(msGhosted.key)).map((h) => h.change)).toEqual(["opened", "escalated"]);

    // The replies arrive at the providers; the next cron syncs them and the findings auto-resolve.
    await fake.addMessages("jo@acme.com", {
      folder: "sentitems",
      messages: [
        graphMessage({
          id: "g-ann-3",
          from: "jo@acme.com",
          to: "ann@example.org",
          at: "2026-03-03T12:00:00Z",
          subject: "Re: Interview for Backend Engineer",
          text: CONFIRMED,
          messageId: `<ann-3@acme.com>`,
          inReplyTo: `<ann-2@example.org>`,
          conversation: "conv-ann",
        }),
      ],
    });
    await control(userPath(rita, "/messages"), {
      messages: [
        {
          from: rita,
          to: ["ben@example.net"],
          subject: "Re: Interview for Data Analyst",
          date: Date.parse("2026-03-03T12:00:00Z"),
          messageId: "<ben-3@globex.example>",
          inReplyTo: "<ben-2@example.net>",
          references: ["<ben-1@globex.example>", "<ben-2@example.net>"],
          text: CONFIRMED,
          labelIds: ["SENT"],
        },
      ],
    });
    await cron("*/5 * * * *", T3);
    await synced("acme-ms", "jo", T3);
    await synced("globex-g", "rita", T3);
    expect((await ms.getFinding(msGhosted.key))?.status).toBe("auto_resolved");
    expect((await g.getFinding(gGhosted.key))?.status).toBe("auto_resolved");
    expect((await ms.findingHistory(msGhosted.key)).map((h) => [h.change, h.actor])).toEqual([
      ["opened", "system:sync"],
      ["escalated", "system:clock"],
      ["auto_resolved", "system:sync"],
    ]);

    // A sync job delivered twice (one batch, then two concurrent batches) changes nothing.
    const before = await dumpTenant("acme-ms");
    const job = { kind: "sync", tenantId: "acme-ms", mailboxId: "jo", reason: "webhook", at: T3 };
    const twice = createMessageBatch("ghostwatch-sync", [
      { id: "dup-1", timestamp: new Date(T3), attempts: 1, body: job },
      { id: "dup-2", timestamp: new Date(T3), attempts: 1, body: job },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(twice, env);
    expect((await getQueueResult(twice, ctx)).explicitAcks.sort()).toEqual(["dup-1", "dup-2"]);
    const a = createMessageBatch("ghostwatch-sync", [
      { id: "dup-3", timestamp: new Date(T3), attempts: 1, body: job },
    ]);
    const b = createMessageBatch("ghostwatch-sync", [
      { id: "dup-4", timestamp: new Date(T3), attempts: 1, body: job },
    ]);
    await Promise.all([worker.queue(a, env), worker.queue(b, env)]);
    expect(await dumpTenant("acme-ms")).toEqual(before);
  }, 60_000);
});

describe("provider throttling through the real Graph connector", () => {
  it("records the back-off, does not call Graph before it ends, then ends like a clean run", async () => {
    const dirA = `gw-thr-${crypto.randomUUID().slice(0, 8)}`;
    const dirB = `gw-clean-${crypto.randomUUID().slice(0, 8)}`;
    const fake = await graphTenant(dirA, "jo@acme.com");
    await graphTenant(dirB, "jo@acme.com");
    for (const [id, dir] of [
      ["thr", dirA],
      ["thr-clean", dirB],
    ] as const) {
      await onboardAt(id, {
        provider: "microsoft",
        providerConfig: { tenantId: dir, clientId: "gw-app" },
        secrets: { clientSecret: "gw-secret" },
        mailboxes: [{ id: "jo", address: "jo@acme.com" }],
        clock: { "x-ghostwatch-clock": T0 },
      });
    }
    const later = "2026-03-03T09:30:00Z";
    await runJob("thr-clean", later);

    await fake.faults({ kind: "status", status: 429, retryAfter: 3600, count: 50 });
    await runJob("thr", T1);
    const repo = tenantRepository(env.DB, "thr");
    const status = await repo.getSyncStatus("jo");
    expect(status?.state).toBe("backoff");
    expect(status?.lastError).toMatch(/provider asked us to wait 60 min \(HTTP 429\)/);
    const until1h = Date.parse(T1) + 3600_000;
    expect(Math.abs(Date.parse(status!.nextAttemptAt!) - until1h)).toBeLessThan(60_000);

    // Before the back-off ends, the mailbox is neither due for cron nor calls Graph.
    await fake.clearFaults();
    await fake.resetCounters();
    await runJob("thr", "2026-03-03T08:30:00Z");
    expect((await fake.counters()).graphRequests).toBe(0);
    expect((await repo.getSyncStatus("jo"))?.state).toBe("backoff");

    // After it, the sync resumes and ends with the rows of a clean run at the same clock.
    await runJob("thr", later);
    expect(await repo.getSyncStatus("jo")).toMatchObject({ state: "idle", lastError: null });
    expect(await dumpTenant("thr")).toEqual(await dumpTenant("thr-clean"));
  }, 30_000);
});

describe("a forced re-sync through the real Graph connector", () => {
  it("an expired delta token re-enumerates and ends with the rows of a clean run", async () => {
    const dirA = `gw-rs-${crypto.randomUUID().slice(0, 8)}`;
    const dirB = `gw-rs-clean-${crypto.randomUUID().slice(0, 8)}`;
    const fakeA = await graphTenant(dirA, "jo@acme.com");
    const fakeB = await graphTenant(dirB, "jo@acme.com");
    for (const [id, dir] of [
      ["rs", dirA],
      ["rs-clean", dirB],
    ] as const) {
      await onboardAt(id, {
        provider: "microsoft",
        providerConfig: { tenantId: dir, clientId: "gw-app" },
        secrets: { clientSecret: "gw-secret" },
        mailboxes: [{ id: "jo", address: "jo@acme.com" }],
        clock: { "x-ghostwatch-clock": T0 },
      });
    }
    await runJob("rs", T1);
    expect((await tenantRepository(env.DB, "rs").countItems()).messages).toBe(2);
    // The candidate's reply disappears while Graph forgets every delta token (410 on resume).
    await fakeA.expireSyncStates();
    await fakeA.changeMessages("jo@acme.com", { delete: ["g-ann-2"] });
    await fakeB.changeMessages("jo@acme.com", { delete: ["g-ann-2"] });
    await runJob("rs", T1);
    await runJob("rs-clean", T1);
    const a = await dumpTenant("rs");
    const b = await dumpTenant("rs-clean");
    for (const table of [
      "messages",
      "events",
      "item_addresses",
      "candidates",
      "candidate_addresses",
      "candidate_items",
    ]) {
      expect(a[table], table).toEqual(b[table]);
    }
    expect(a.messages?.map((m) => m.id)).toEqual(["g-ann-1"]);
  }, 30_000);
});

async function runJob(tenantId: string, at: string) {
  const batch = createMessageBatch("ghostwatch-sync", [
    {
      id: `job-${tenantId}-${at}`,
      timestamp: new Date(at),
      attempts: 1,
      body: { kind: "sync", tenantId, mailboxId: "jo", reason: "cron", at },
    },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  const result = await getQueueResult(batch, ctx);
  expect(result.retryMessages).toEqual([]);
}

async function onboardAt(
  tenantId: string,
  opts: Parameters<typeof onboard>[1] & { clock: Record<string, string> },
): Promise<void> {
  await onboard(tenantId, opts, opts.clock);
}
