/**
 * The wiring between the Worker and the alert and report modules, through the real entry
 * (`scheduled` and `queue`), the real connectors against the fake Microsoft Graph, the real
 * `ghostwatch-alerts` consumer and the loopback sinks (read through their control API):
 * - a sync that opens a `ghost_risk` sends exactly one Slack alert for it; planning again sends
 *   nothing; the tick past the deadline sends the escalation once;
 * - the hourly tick generates, archives and emails the weekly report once, on Monday 08:xx in the
 *   tenant's zone, and not on other hours or days;
 * - a per-mailbox re-audit (partial data) never opens a `requisition_stall`; the tenant-wide tick does.
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
import { alertLog } from "../../src/alerts/log.ts";
import { saveAlertSettings } from "../../src/alerts/store.ts";
import { getArchivedReport, listArchivedReports } from "../../src/reports/archive.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import { planTenantAlerts } from "../../src/worker/alerts.ts";
import { productionEngine } from "../../src/worker/engine.ts";
import worker from "../../src/worker/index.ts";
import { tickTenant } from "../../src/worker/reaudit.ts";
import { drain } from "./scenario.ts";
import { ListSource, message, onboard } from "./support.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      SINKS_BASE_URL: string;
    }
  }
}

const T0 = "2026-03-02T08:00:00Z"; // onboarding, Monday
const T1 = "2026-03-03T08:00:00Z"; // Tuesday: past 80% of Ann's 1-business-day schedule SLA
const T2 = "2026-03-03T11:00:00Z"; // past the deadline (Tuesday 10:00)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

/** One tick job through the Worker's queue handler (synchronously, unlike the cron's fan-out). */
async function tick(tenantId: string, at: string) {
  const batch = createMessageBatch("ghostwatch-sync", [
    {
      id: `tick-${tenantId}-${at}`,
      timestamp: new Date(at),
      attempts: 1,
      body: { kind: "tick", tenantId, at },
    },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, env);
  expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual([`tick-${tenantId}-${at}`]);
}

interface SinkRequest {
  kind: string;
  path: string;
  status: number;
  body: unknown;
  decoded?: { subject: string; to: string[]; html: string; text: string };
}

async function sinkRequests(ns: string): Promise<SinkRequest[]> {
  return (await (await fetch(`${env.SINKS_BASE_URL}/_fake/${ns}/requests`)).json()) as SinkRequest[];
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
    conversationId: `conv-${m.messageId}`,
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

/** A Graph directory at the fake with Jo's mailbox: Ann was invited and sent her availability. */
async function graphTenant(directory: string) {
  const upn = "jo@acme.com";
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
        text: "Hi Ann, thanks for applying. We would like to invite you to an interview. Could you share your availability for next week?",
        messageId: "<ann-1@acme.com>",
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
        text: "Hello, thank you! I am available on Tuesday at 10:00 or Wednesday at 14:00.",
        messageId: "<ann-2@example.org>",
        inReplyTo: "<ann-1@acme.com>",
      }),
    ],
  });
}

async function onboardGraph(tenantId: string, directory: string, settings: Record<string, unknown>) {
  await graphTenant(directory);
  await onboard(
    tenantId,
    {
      provider: "microsoft",
      providerConfig: { tenantId: directory, clientId: "gw-app" },
      secrets: { clientSecret: "gw-secret" },
      mailboxes: [{ id: "jo", address: "jo@acme.com", team: "engineering" }],
      settings,
    },
    { "x-ghostwatch-clock": T0 },
  );
}

describe("alerts are planned after re-audits and delivered to the sinks", () => {
  it("a sync that opens ghost_risk sends one Slack alert; the tick past the deadline escalates once", async () => {
    const ns = `wire-${crypto.randomUUID().slice(0, 8)}`;
    const t = `t-${ns}`;
    await onboardGraph(t, `gw-${ns}`, { teams: { engineering: { lead: "lead@acme.com" } } });
    const saved = await saveAlertSettings(
      env.DB,
      t,
      {
        alerts: {
          channels: { slack: { kind: "slack", webhookUrl: `${env.SINKS_BASE_URL}/${ns}/slack/T1/B1/x` } },
          routes: [{ channel: "slack" }],
          defaultQuietHours: null,
        },
      },
      new Date(T0),
    );
    expect(saved.ok).toBe(true);
    const slack = async () => (await sinkRequests(ns)).filter((r) => r.kind === "slack");

    // Cron → sync queue → the mailbox's Durable Object → Graph → findings → alert queue → Slack.
    await cron("*/5 * * * *", T1);
    const repo = tenantRepository(env.DB, t);
    const risk = await until("ghost_risk opened", async () =>
      (await repo.listFindings({ status: "open" })).find((f) => f.type === "ghost_risk"),
    );
    expect(risk.candidateAddress).toBe("ann@example.org");
    const first = await until("the risk alert at the sink", async () => {
      const r = await slack();
      return r.length >= 1 ? r : null;
    });
    expect(first).toHaveLength(1);
    expect(first[0]?.status).toBe(200);
    expect(JSON.stringify(first[0]?.body)).toContain("ann@example.org");
    const riskKey = `${t}:${risk.key}:risk`;
    await until("the risk alert logged as sent", async () =>
      (await alertLog(env.DB, t)).some((r) => r.id === riskKey && r.outcome === "sent"),
    );

    // Planning again (overlapping sync, the tick at the same time) sends nothing twice.
    expect((await planTenantAlerts(env, t, new Date(T1)))?.jobs).toEqual([]);
    await tick(t, T1);

    // The hourly tick past the deadline: ghost_risk → ghosted; breach to Jo, escalation to the lead.
    await tick(t, T2);
    const ghostedKey = risk.key.replace(/^ghost_risk:/, "ghosted:");
    expect((await repo.getFinding(ghostedKey))?.status).toBe("open");
    const escalationKey = `${t}:${ghostedKey}:escalation`;
    const afterEscalation = await until("breach and escalation at the sink", async () => {
      const r = await slack();
      return r.length >= 3 ? r : null;
    });
    await until("the escalation logged as sent", async () =>
      (await alertLog(env.DB, t)).some((r) => r.id === escalationKey && r.outcome === "sent"),
    );
    const log = await alertLog(env.DB, t);
    expect(log.map((r) => r.id).sort()).toEqual([`${t}:${ghostedKey}:breach`, escalationKey, riskKey].sort());
    expect(log.find((r) => r.id === escalationKey)?.stage).toBe("escalation");

    // Later ticks plan nothing new: the escalation went out once.
    expect((await planTenantAlerts(env, t, new Date("2026-03-03T12:00:00Z")))?.jobs).toEqual([]);
    await tick(t, "2026-03-03T12:00:00Z");
    await sleep(6_000); // longer than the alert queue's batch timeout (5 s)
    expect(await slack()).toHaveLength(afterEscalation.length);
    expect(afterEscalation).toHaveLength(3);
  }, 60_000);

  it("a channel that keeps failing is reported to HR ops through the Worker's alert consumer", async () => {
    const ns = `hrops-${crypto.randomUUID().slice(0, 8)}`;
    const t = `t-${ns}`;
    await onboard(t, {}, { "x-ghostwatch-clock": T0 });
    const saved = await saveAlertSettings(
      env.DB,
      t,
      {
        alerts: {
          channels: {
            slack: { kind: "slack", webhookUrl: `${env.SINKS_BASE_URL}/${ns}/slack/T1/B1/gone` },
            teams: { kind: "teams", webhookUrl: `${env.SINKS_BASE_URL}/${ns}/teams/workflows/hr` },
          },
          routes: [{ channel: "slack" }],
          defaultQuietHours: null,
          hrOps: { channel: "teams", address: "hrops@acme.com" },
        },
      },
      new Date(T0),
    );
    expect(saved.ok).toBe(true);
    // The Slack webhook was deleted: 404 forever (permanent, dead-lettered at once).
    const inject = await fetch(`${env.SINKS_BASE_URL}/_fake/${ns}/failures`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "slack/T1/B1/gone", status: 404 }),
    });
    expect(inject.ok).toBe(true);

    await drain(t, silentCandidates(), T1);
    const teams = await until("the HR-ops notice at the Teams sink", async () => {
      const r = (await sinkRequests(ns)).filter((x) => x.kind === "teams");
      return r.length >= 1 ? r : null;
    });
    expect(teams).toHaveLength(1);
    expect(JSON.stringify(teams[0]?.body)).toContain("Alert channel failing: Slack webhook");
    const slack = (await sinkRequests(ns)).filter((x) => x.kind === "slack");
    expect(slack.length).toBeGreaterThan(0);
    expect(slack.every((x) => x.status === 404)).toBe(true);
  }, 60_000);

  it("plans nothing for a tenant without alert channels", async () => {
    const ns = `noalerts-${crypto.randomUUID().slice(0, 8)}`;
    await onboard(`t-${ns}`, {}, { "x-ghostwatch-clock": T0 });
    expect(await planTenantAlerts(env, `t-${ns}`, new Date(T1))).toBeNull();
  });
});

describe("weekly reports from the hourly tick", () => {
  it("generates, archives and emails the report once on Monday 08:xx tenant time, not at other hours or days", async () => {
    const ns = `weekly-${crypto.randomUUID().slice(0, 8)}`;
    const t = `t-${ns}`;
    // New York: Monday 9 March 2026 08:00 EDT is 12:00 UTC.
    await onboardGraph(t, `gw-${ns}`, { timeZone: "America/New_York" });
    await cron("*/5 * * * *", T1);
    const repo = tenantRepository(env.DB, t);
    await until("synced", async () => (await repo.getSyncStatus("jo"))?.state === "idle");
    const saved = await saveAlertSettings(
      env.DB,
      t,
      {
        schedule: {
          recipients: ["hrops@acme.com"],
          perTeam: false,
          sender: {
            kind: "email",
            provider: "graph",
            fromMailbox: "jo@acme.com",
            baseUrl: `${env.SINKS_BASE_URL}/${ns}/graph`,
          },
        },
      },
      new Date(T0),
    );
    expect(saved.ok).toBe(true);
    const mail = async () => (await sinkRequests(ns)).filter((r) => r.kind === "graph");

    // Monday 07:00 in New York (11:00 UTC) and Monday 08:00 UTC: not due yet.
    await tick(t, "2026-03-09T08:00:00Z");
    await tick(t, "2026-03-09T11:00:00Z");
    expect(await listArchivedReports(env.DB, t)).toEqual([]);
    expect(await mail()).toEqual([]);

    // Monday 08:00 in New York, from the hourly cron (fan-out through the sync queue).
    await cron("0 * * * *", "2026-03-09T12:00:00Z");
    const sent = await until("the report email at the sink", async () => {
      const r = await mail();
      return r.length >= 1 ? r : null;
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.path).toBe("graph/v1.0/users/jo@acme.com/sendMail");
    const archived = await getArchivedReport(env.DB, t, "weekly-2026-03-02-all");
    expect(archived?.weekStart).toBe("2026-03-02");
    expect(archived?.email.subject).toBeTruthy();
    // Built from the stored metadata as it stood at the end of the week: Ann's breach is in it.
    expect(archived?.report.openFindings.map((f) => [f.type, f.candidateAddress])).toContainEqual([
      "ghosted",
      "ann@example.org",
    ]);
    expect(JSON.stringify(sent[0]?.body)).toContain(archived?.email.subject ?? "(none)");
    expect(JSON.stringify(sent[0]?.body)).toContain("hrops@acme.com");

    // Later ticks of the catch-up window and the next day: nothing again.
    await tick(t, "2026-03-09T13:00:00Z");
    await tick(t, "2026-03-10T13:00:00Z");
    expect(await mail()).toHaveLength(1);
    expect((await listArchivedReports(env.DB, t)).map((r) => r.id)).toEqual(["weekly-2026-03-02-all"]);
  }, 60_000);
});

/** Three candidates for one role, each invited and waiting on the team after sending availability. */
function silentCandidates(): ListSource {
  const s = new ListSource();
  for (const [i, who] of ["ann", "dan", "eve"].entries()) {
    const hour = String(9 + i).padStart(2, "0");
    s.add(
      message("jo", {
        id: `m-${who}-1`,
        internetMessageId: `<${who}-1@acme.com>`,
        from: { address: "jo@acme.com" },
        to: [{ address: `${who}@example.org` }],
        sentAt: `2026-03-02T${hour}:00:00Z`,
        receivedAt: `2026-03-02T${hour}:00:00Z`,
        subject: "Interview for Backend Engineer",
        excerpt: `Hi ${who}, thanks for applying. We would like to invite you to an interview. Could you share your availability for next week?`,
        folder: "sent",
      }),
      message("jo", {
        id: `m-${who}-2`,
        internetMessageId: `<${who}-2@example.org>`,
        inReplyTo: `<${who}-1@acme.com>`,
        from: { address: `${who}@example.org` },
        to: [{ address: "jo@acme.com" }],
        sentAt: `2026-03-02T${hour}:30:00Z`,
        receivedAt: `2026-03-02T${hour}:30:00Z`,
        subject: "Re: Interview for Backend Engineer",
        excerpt: "Hello, thank you! I am available on Tuesday at 10:00 or Wednesday at 14:00.",
        folder: "inbox",
      }),
    );
  }
  return s;
}

describe("requisition_stall is decided by tenant-wide audits only", () => {
  it("a per-mailbox re-audit does not open it; the hourly tick does", async () => {
    const t = `stall-${crypto.randomUUID().slice(0, 8)}`;
    await onboard(t, {}, { "x-ghostwatch-clock": T0 });
    const repo = tenantRepository(env.DB, t);
    const at = "2026-03-06T12:00:00Z"; // Friday: every candidate's schedule deadline has passed
    const r = await drain(t, silentCandidates(), at);
    expect(r.at(-1)?.status).toBe("done");
    const open = await repo.listFindings({ status: "open" });
    expect(
      open
        .filter((f) => f.type === "ghosted")
        .map((f) => f.candidateAddress)
        .sort(),
    ).toEqual(["ann@example.org", "dan@example.org", "eve@example.org"]);
    expect(open.filter((f) => f.type === "requisition_stall")).toEqual([]);

    await tick(t, at);
    const stalls = (await repo.listFindings({ status: "open" })).filter(
      (f) => f.type === "requisition_stall",
    );
    expect(stalls).toHaveLength(1);
    expect(stalls[0]?.role).toBe("Backend Engineer");
  });

  it("a tick that re-audits in several groups still opens it (the silent candidates are audited together)", async () => {
    const t = `stall-groups-${crypto.randomUUID().slice(0, 8)}`;
    await onboard(t, {}, { "x-ghostwatch-clock": T0 });
    const repo = tenantRepository(env.DB, t);
    const at = "2026-03-06T12:00:00Z";
    expect((await drain(t, silentCandidates(), at)).at(-1)?.status).toBe("done");
    expect(
      (await repo.listFindings({ status: "open" })).filter((f) => f.type === "requisition_stall"),
    ).toEqual([]);
    // One candidate per group: no group sees the role's three silent candidates together.
    await tickTenant(env.DB, repo, new Date(at), productionEngine, 60, 1);
    const stalls = (await repo.listFindings({ status: "open" })).filter(
      (f) => f.type === "requisition_stall",
    );
    expect(stalls).toHaveLength(1);
    expect(stalls[0]?.role).toBe("Backend Engineer");
  });
});
