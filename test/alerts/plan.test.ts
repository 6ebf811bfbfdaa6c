import { describe, expect, it } from "vitest";
import { type PlanContext, planAlerts } from "../../src/alerts/plan.ts";
import { alertSettings, finding, tenantSettings } from "./support.ts";

const DAYTIME = new Date("2026-03-05T10:00:00Z"); // Thursday 11:00 in Berlin

function ctx(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    tenantId: "acme",
    settings: tenantSettings,
    alerts: alertSettings("http://127.0.0.1:9", "ns"),
    now: DAYTIME,
    ...overrides,
  };
}

describe("planAlerts: stages and routing", () => {
  it("sends a ghost_risk as a `risk` alert to the person holding the ball, through the team's route", () => {
    const risk = finding({ type: "ghost_risk", dueAt: "2026-03-06T09:00:00Z" });
    const { jobs, skipped } = planAlerts([risk], ctx());
    expect(skipped).toEqual([]);
    expect(jobs).toHaveLength(1);
    const { job, delaySeconds } = jobs[0]!;
    expect(delaySeconds).toBe(0);
    expect(job.channelId).toBe("slack-eng");
    expect(job.recipient).toMatchObject({
      address: "ann@acme.com",
      slackUserId: "U0ANN1234",
      timeZone: "Europe/Berlin",
    });
    expect(job.items.map((i) => i.idempotencyKey)).toEqual([`acme:${risk.key}:risk`]);
    expect(job.items[0]?.evidenceUrl).toBe(
      `https://ghostwatch.acme.test/findings/${encodeURIComponent(risk.key)}`,
    );
  });

  it("escalates an overdue, unacknowledged ghosted finding to the team lead, and the breach to the holder", () => {
    const ghosted = finding({ type: "ghosted", dueAt: "2026-03-04T09:00:00Z" });
    const { jobs } = planAlerts([ghosted], ctx());
    const byStage = Object.fromEntries(jobs.flatMap(({ job }) => job.items.map((i) => [i.stage, job])));
    expect(Object.keys(byStage).sort()).toEqual(["breach", "escalation"]);
    expect(byStage.breach?.recipient.address).toBe("ann@acme.com");
    expect(byStage.breach?.channelId).toBe("slack-eng");
    expect(byStage.escalation?.recipient.address).toBe("lead@acme.com");
    expect(byStage.escalation?.channelId).toBe("mail-graph");
  });

  it("does not escalate when the risk was acknowledged, the finding is acknowledged, or the deadline has not passed", () => {
    const ghosted = finding({ type: "ghosted" });
    const riskKey = ghosted.key.replace(/^ghosted:/, "ghost_risk:");
    const stagesOf = (r: ReturnType<typeof planAlerts>) =>
      r.jobs.flatMap(({ job }) => job.items.map((i) => i.stage));
    expect(stagesOf(planAlerts([ghosted], ctx({ acknowledgedKeys: new Set([riskKey]) })))).toEqual([
      "breach",
    ]);
    expect(stagesOf(planAlerts([{ ...ghosted, status: "acknowledged" }], ctx()))).toEqual([]);
    expect(stagesOf(planAlerts([{ ...ghosted, dueAt: "2026-03-09T09:00:00Z" }], ctx()))).toEqual(["breach"]);
    expect(stagesOf(planAlerts([{ ...ghosted, status: "resolved" }], ctx()))).toEqual([]);
  });

  it("routes by team and minimum severity, and names what it cannot route", () => {
    const lowSales = finding({
      type: "stalled_scheduling",
      team: "sales",
      severity: "low",
      people: ["bob@acme.com"],
    });
    const highSales = finding({
      type: "invite_then_reject",
      team: "sales",
      severity: "high",
      people: ["bob@acme.com"],
    });
    const { jobs, skipped } = planAlerts([lowSales, highSales], ctx());
    expect(jobs.map(({ job }) => [job.channelId, job.items[0]?.findingKey])).toEqual([
      ["teams-sales", highSales.key],
    ]);
    expect(skipped).toEqual([
      {
        findingKey: lowSales.key,
        stage: "breach",
        reason: "no alert route matches stalled_scheduling/low/breach",
      },
    ]);
  });

  it("falls back to the team lead when nobody holds the ball, and reports a finding nobody can receive", () => {
    const orphan = finding({ type: "undelivered", people: [] });
    const { jobs } = planAlerts([orphan], ctx());
    expect(jobs[0]?.job.recipient.address).toBe("lead@acme.com");
    const noTeam = finding({ type: "undelivered", people: [], team: "unknown-team" });
    const none = planAlerts([noTeam], ctx({ alerts: { ...ctx().alerts, hrOps: undefined } }));
    expect(none.jobs).toEqual([]);
    expect(none.skipped[0]?.reason).toMatch(/nobody holds the ball/);
  });

  it("plans the same idempotency keys when run twice, and skips keys already in the alert log", () => {
    const findings = [finding({ type: "ghost_risk" }), finding({ type: "ghosted" })];
    const keys = (r: ReturnType<typeof planAlerts>) =>
      r.jobs.flatMap(({ job }) => job.items.map((i) => i.idempotencyKey)).sort();
    const first = keys(planAlerts(findings, ctx()));
    expect(keys(planAlerts(findings, ctx({ now: new Date(DAYTIME.getTime() + 60_000) })))).toEqual(first);
    expect(keys(planAlerts([...findings, ...findings], ctx()))).toEqual(first);
    expect(keys(planAlerts(findings, ctx({ sentKeys: new Set(first.slice(0, 2)) })))).toEqual(first.slice(2));
  });
});

describe("planAlerts: digest and quiet hours", () => {
  it("sends one digest instead of a burst when more than five alerts go to one recipient", () => {
    const many = Array.from({ length: 7 }, () => finding({ type: "ghost_risk" }));
    const { jobs } = planAlerts(many, ctx());
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.job.items).toHaveLength(7);
  });

  it("keeps five alerts as five messages (the threshold is 'more than')", () => {
    const five = Array.from({ length: 5 }, () => finding({ type: "ghost_risk" }));
    expect(planAlerts(five, ctx()).jobs).toHaveLength(5);
  });

  it("defers an alert planned inside quiet hours to their end in the recipient's zone, across DST", () => {
    const risk = finding({ type: "ghost_risk", people: ["bob@acme.com"], team: "sales", severity: "high" });
    // 22:00 EST on Saturday 7 March 2026; New York springs forward that night.
    const now = new Date("2026-03-08T03:00:00Z");
    const { jobs } = planAlerts([risk], ctx({ now }));
    expect(jobs[0]?.job.notBefore).toBe("2026-03-08T12:00:00.000Z");
    expect(jobs[0]?.delaySeconds).toBe(9 * 3600);
  });

  it("lets a person without quiet hours be alerted at night", () => {
    const base = ctx();
    const alerts = {
      ...base.alerts,
      people: { ...base.alerts.people, "ann@acme.com": { timeZone: "Europe/Berlin", quietHours: null } },
    };
    const { jobs } = planAlerts(
      [finding({ type: "ghost_risk" })],
      ctx({ alerts, now: new Date("2026-03-05T23:00:00Z") }),
    );
    expect(jobs[0]?.delaySeconds).toBe(0);
  });
});
