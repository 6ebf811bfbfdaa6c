/**
 * The alert consumer inside workerd with real D1 (the project's migrations) and the loopback
 * sinks (fakes/sinks): exactly once per finding and stage, Retry-After, dead-lettering, channel
 * errors, every channel's wire format.
 */
import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AlertJob } from "../../src/alerts/config.ts";
import { alertLog, listChannelErrors } from "../../src/alerts/log.ts";
import { planAlerts } from "../../src/alerts/plan.ts";
import { type AlertDeadLetter, type AlertQueueDeps, handleAlertQueue } from "../../src/alerts/queue.ts";
import { alertSettings, finding, tenantSettings } from "../alerts/support.ts";

declare global {
  namespace Cloudflare {
    interface Env {
      DB: D1Database;
      SINKS_BASE_URL: string;
      ALERT_QUEUE: Queue<AlertJob>;
      ALERT_DLQ: Queue<AlertDeadLetter>;
    }
  }
}

interface SinkRequest {
  kind: string;
  path: string;
  status: number;
  at: string;
  body: unknown;
  authorization: string | null;
  headline: string;
  decoded?: { subject: string; to: string[]; html: string };
}

/** Seconds between the last attempt and the next one the consumer scheduled (alert_log.detail). */
async function scheduledDelays(tenantId: string): Promise<number[]> {
  return (await alertLog(env.DB, tenantId)).map((row) => {
    const detail = JSON.parse(row.detail ?? "{}") as { nextAttemptAt?: string };
    return (Date.parse(detail.nextAttemptAt ?? "") - Date.parse(row.sent_at)) / 1000;
  });
}

const PLAN_NOW = new Date("2026-03-05T10:00:00Z"); // 11:00 in Berlin: outside quiet hours

function setup() {
  const ns = `alerts-${crypto.randomUUID().slice(0, 8)}`;
  const tenantId = `tenant-${ns}`;
  const settings = alertSettings(env.SINKS_BASE_URL, ns);
  const enqueued: Array<{ body: AlertJob; delaySeconds: number | undefined }> = [];
  const deadLetters: AlertDeadLetter[] = [];
  const deps: AlertQueueDeps = {
    db: env.DB,
    mailToken: async () => "test-token",
    // Records what the consumer re-enqueues (deferrals, HR-ops notices) without starting a consumer.
    queue: {
      async send(body: AlertJob, options?: QueueSendOptions) {
        enqueued.push({ body, delaySeconds: options?.delaySeconds });
      },
      async sendBatch() {
        throw new Error("not used");
      },
    } as unknown as Queue<AlertJob>,
    // The real DLQ binding, observed.
    deadLetterQueue: {
      async send(body: AlertDeadLetter, options?: QueueSendOptions) {
        deadLetters.push(body);
        await env.ALERT_DLQ.send(body, options);
      },
      async sendBatch() {
        throw new Error("not used");
      },
    } as unknown as Queue<AlertDeadLetter>,
    alertSettings: async () => settings,
  };
  const plan = (findings: Parameters<typeof planAlerts>[0], now = PLAN_NOW) =>
    planAlerts(findings, { tenantId, settings: tenantSettings, alerts: settings, now }).jobs.map(
      (j) => j.job,
    );
  const requests = async (): Promise<SinkRequest[]> =>
    (await fetch(`${env.SINKS_BASE_URL}/_fake/${ns}/requests`)).json();
  const inject = async (
    path: string,
    status: number,
    extra: { times?: number; retryAfter?: string } = {},
  ) => {
    const res = await fetch(`${env.SINKS_BASE_URL}/_fake/${ns}/failures`, {
      method: "POST",
      body: JSON.stringify({ path, status, ...extra }),
    });
    expect(res.status).toBe(200);
  };
  let seq = 0;
  const run = async (jobs: unknown[], attempts = 1, overrides: Partial<AlertQueueDeps> = {}) => {
    const batch = createMessageBatch<unknown>(
      "ghostwatch-alerts",
      jobs.map((body) => ({ id: `msg-${++seq}`, timestamp: new Date(), attempts, body })),
    );
    const ctx = createExecutionContext();
    await handleAlertQueue(batch, { ...deps, ...overrides });
    return getQueueResult(batch, ctx);
  };
  return { ns, tenantId, settings, deps, plan, requests, inject, run, enqueued, deadLetters };
}

describe("exactly one alert per finding and stage", () => {
  it("sends once although the planner ran twice and the queue redelivered every job", async () => {
    const t = setup();
    const findings = [finding({ type: "ghost_risk" }), finding({ type: "ghosted" })];
    const firstRun = t.plan(findings);
    const secondRun = t.plan(findings, new Date(PLAN_NOW.getTime() + 5 * 60_000)); // overlapping cron
    expect(firstRun).toHaveLength(3); // risk, breach (Slack) + escalation (email to the lead)

    // Both runs' jobs consumed concurrently, then the first run's jobs redelivered.
    const [a, b] = await Promise.all([t.run(firstRun), t.run(secondRun)]);
    const redelivered = await t.run(firstRun, 2);
    for (const result of [a, b, redelivered]) expect(result.retryMessages).toEqual([]);

    const received = (await t.requests()).filter((r) => r.status < 300);
    expect(received.map((r) => r.kind).sort()).toEqual(["graph", "slack", "slack"]);
    const log = await alertLog(env.DB, t.tenantId);
    expect(log.map((r) => [r.stage, r.outcome]).sort()).toEqual([
      ["breach", "sent"],
      ["escalation", "sent"],
      ["risk", "sent"],
    ]);
    expect(new Set(log.map((r) => r.id))).toEqual(
      new Set(firstRun.flatMap((j) => j.items.map((i) => i.idempotencyKey))),
    );
  });

  it("sends the escalation to the team lead by email through Graph, with the bearer token", async () => {
    const t = setup();
    const ghosted = finding({ type: "ghosted", candidateName: "Jürgen Müller" });
    await t.run(t.plan([ghosted]));
    const graph = (await t.requests()).find((r) => r.kind === "graph");
    expect(graph?.authorization).toBe("Bearer test-token");
    expect(graph?.path).toBe("graph/v1.0/users/alerts%40acme.com/sendMail".replace("%40", "@"));
    const message = (graph?.body as { message: { subject: string; toRecipients: unknown[] } } | undefined)
      ?.message;
    expect(message?.subject).toBe("Escalation: candidate still waiting: Jürgen Müller");
    expect(message?.toRecipients).toEqual([{ emailAddress: { address: "lead@acme.com" } }]);
  });
});

describe("retries and failures", () => {
  it("honours Slack's 429 Retry-After and then succeeds, once", async () => {
    const t = setup();
    await t.inject("slack/T001/B001/secret", 429, { times: 2, retryAfter: "1" });
    const result = await t.run(t.plan([finding({ type: "ghost_risk" })]));
    expect(result.retryMessages).toEqual([]);
    const slack = (await t.requests()).filter((r) => r.kind === "slack");
    expect(slack.map((r) => r.status)).toEqual([429, 429, 200]);
    const gaps = slack.slice(1).map((r, i) => Date.parse(r.at) - Date.parse(slack[i]?.at ?? ""));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(950);
    expect((await alertLog(env.DB, t.tenantId)).map((r) => r.outcome)).toEqual(["sent"]);
    expect(await listChannelErrors(env.DB, t.tenantId)).toEqual([]);
  });

  it("puts a long Retry-After back on the queue, shows the channel error, and clears it on success", async () => {
    const t = setup();
    await t.inject("slack/T001/B001/secret", 429, { times: 1, retryAfter: "120" });
    const jobs = t.plan([finding({ type: "ghost_risk" })]);
    const first = await t.run(jobs);
    expect(first.retryMessages).toHaveLength(1);
    expect((await alertLog(env.DB, t.tenantId)).map((r) => r.outcome)).toEqual(["retrying"]);
    expect(await scheduledDelays(t.tenantId)).toEqual([120]);
    expect((await listChannelErrors(env.DB, t.tenantId))[0]?.message).toMatch(/returned HTTP 429/);

    const second = await t.run(jobs, 2);
    expect(second.retryMessages).toEqual([]);
    expect((await alertLog(env.DB, t.tenantId)).map((r) => r.outcome)).toEqual(["sent"]);
    expect(await listChannelErrors(env.DB, t.tenantId)).toEqual([]);
    expect((await t.requests()).map((r) => r.status)).toEqual([429, 200]);
  });

  it("dead-letters a webhook that returns 404 forever, shows the channel error and tells HR ops once", async () => {
    const t = setup();
    await t.inject("slack/T001/B001/secret", 404);
    const jobs = t.plan([finding({ type: "ghost_risk" }), finding({ type: "ghost_risk" })]);
    const result = await t.run(jobs);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(2);
    expect(t.deadLetters).toHaveLength(2);
    expect(t.deadLetters[0]?.reason).toMatch(/permanent failure: HTTP 404 no_service/);

    const errors = await listChannelErrors(env.DB, t.tenantId);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^Slack webhook for team engineering \(127\.0\.0\.1:\d+\) returned HTTP 404 since \d{4}-\d\d-\d\dT.* \(2 failures, 2 dead-lettered\)$/,
    );
    expect((await alertLog(env.DB, t.tenantId)).map((r) => r.outcome)).toEqual(["dead", "dead"]);

    // HR ops is told once, through its own channel (Gmail here), and that notice is delivered.
    expect(t.enqueued).toHaveLength(1);
    const notice = t.enqueued[0]?.body as AlertJob;
    expect(notice.recipient.address).toBe("hrops@acme.com");
    await t.run([notice]);
    const gmail = (await t.requests()).find((r) => r.kind === "gmail");
    expect(gmail?.decoded?.subject).toMatch(
      /^Alert channel failing: Slack webhook for team engineering \(127\.0\.0\.1:\d+\) returned HTTP 404/,
    );
    expect(gmail?.decoded?.to).toEqual(["hrops@acme.com"]);
    expect(gmail?.decoded?.html).toContain("returned HTTP 404");
  });

  it("retries a 500 with back-off and dead-letters it after the fifth delivery", async () => {
    const t = setup();
    await t.inject("slack/T001/B001/secret", 500);
    const jobs = t.plan([finding({ type: "ghost_risk" })]);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 4; attempt++) {
      const result = await t.run(jobs, attempt, { sleep: async () => {} });
      expect(result.retryMessages).toHaveLength(1);
      delays.push(...(await scheduledDelays(t.tenantId)));
    }
    expect(delays).toEqual([30, 60, 120, 240]);
    expect(t.deadLetters).toEqual([]);
    const last = await t.run(jobs, 5, { sleep: async () => {} });
    expect(last.retryMessages).toEqual([]);
    expect(t.deadLetters).toHaveLength(1);
    expect(t.deadLetters[0]?.reason).toMatch(/gave up after 5 deliveries: HTTP 500/);
    expect((await alertLog(env.DB, t.tenantId)).map((r) => r.outcome)).toEqual(["dead"]);
    // 5 deliveries × 3 in-place attempts each
    expect((await t.requests()).filter((r) => r.kind === "slack")).toHaveLength(15);
  });

  it("dead-letters a malformed job naming the bad field", async () => {
    const t = setup();
    const result = await t.run([{ v: 1, tenantId: "x", items: [] }]);
    expect(result.retryMessages).toEqual([]);
    expect(t.deadLetters[0]?.reason).toMatch(/^invalid alert job: .*channelId/);
  });
});

describe("channels and quiet hours", () => {
  it("sends a burst of seven risks for one person as one Slack digest, logged per finding", async () => {
    const t = setup();
    const jobs = t.plan(Array.from({ length: 7 }, () => finding({ type: "ghost_risk" })));
    expect(jobs).toHaveLength(1);
    await t.run(jobs);
    const slack = (await t.requests()).filter((r) => r.kind === "slack");
    expect(slack.map((r) => [r.status, r.headline])).toEqual([[200, "7 candidates need attention"]]);
    const log = await alertLog(env.DB, t.tenantId);
    expect(log).toHaveLength(7);
    expect(new Set(log.map((r) => r.outcome))).toEqual(new Set(["sent"]));
  });

  it("posts an Adaptive Card to the Teams workflow for the sales team", async () => {
    const t = setup();
    await t.run(
      t.plan([
        finding({ type: "invite_then_reject", team: "sales", severity: "high", people: ["bob@acme.com"] }),
      ]),
    );
    const teams = (await t.requests()).filter((r) => r.kind === "teams");
    expect(teams.map((r) => r.status)).toEqual([202]);
    expect(teams[0]?.headline).toMatch(/^A candidate was let down: Candidate \d+$/);
  });

  it("holds back a job that arrives inside quiet hours and re-enqueues it for their end", async () => {
    const t = setup();
    const now = new Date();
    const [job] = t.plan([finding({ type: "ghost_risk" })]);
    if (!job) throw new Error("no job");
    const deferred: AlertJob = { ...job, notBefore: new Date(now.getTime() + 3 * 3600_000).toISOString() };
    const result = await t.run([deferred], 1, { now: () => now });
    expect(result.retryMessages).toEqual([]);
    expect(t.enqueued).toHaveLength(1);
    expect(t.enqueued[0]?.delaySeconds).toBe(3 * 3600);
    expect(await t.requests()).toEqual([]);
    expect(await alertLog(env.DB, t.tenantId)).toEqual([]);
  });
});
