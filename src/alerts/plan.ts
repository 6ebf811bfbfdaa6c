/**
 * The alert planner: given the findings as the latest audit reconciled them, decide which
 * finding/stage needs an alert now, to whom, through which channel, when (quiet hours) and in
 * what shape (single alert or digest). Pure: no I/O. Exactly-once delivery is enforced by the
 * consumer's alert log, so running the planner twice (overlapping crons) is harmless.
 */
import type { Finding, Obligation, Severity } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import type { AlertItem, AlertJob, AlertRecipient, AlertRoute, AlertSettings, AlertStage } from "./config.ts";
import { deliverAt } from "./quiet-hours.ts";

/** Cloudflare Queues accept at most 12 hours of delivery delay; the consumer re-defers beyond it. */
export const MAX_QUEUE_DELAY_SECONDS = 12 * 60 * 60;

export interface PlanContext {
  tenantId: string;
  settings: TenantSettings;
  alerts: AlertSettings;
  now: Date;
  /** Idempotency keys already in the alert log (any status): not planned again. */
  sentKeys?: ReadonlySet<string>;
  /** Finding keys acknowledged before (e.g. the `ghost_risk` that has now turned `ghosted`). */
  acknowledgedKeys?: ReadonlySet<string>;
}

/** One queue message to send, with the delay that keeps it out of quiet hours. */
export interface PlannedAlert {
  job: AlertJob;
  delaySeconds: number;
}

export interface PlanSkip {
  findingKey: string;
  stage?: AlertStage;
  reason: string;
}

export interface PlanResult {
  jobs: PlannedAlert[];
  /** Findings/stages that needed an alert but could not be routed (named, never dropped silently). */
  skipped: PlanSkip[];
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

const WAITING_FOR_OBLIGATION: Record<Obligation, string> = {
  reply_to_candidate: "a reply to their message",
  schedule_after_availability: "an interview time (they sent their availability)",
  outcome_after_interview: "an outcome after their interview",
  reschedule_after_cancellation: "a new time after the interview was cancelled",
  answer_assessment: "an answer on their submitted assessment",
  nudge_scheduling: "a follow-up on the unanswered scheduling request",
  answer_feedback_request: "an answer to their feedback request",
};

const WAITING_FOR_TYPE: Partial<Record<Finding["type"], string>> = {
  invite_then_reject: "an explanation: invited to interview, then rejected without one",
  conflicting_messages: "one consistent answer: they received contradictory messages",
  undelivered: "a message that reaches them: the last one bounced",
  requisition_stall: "news about a role that went silent",
  unanswered_feedback_request: "an answer to their feedback request",
};

/**
 * The alert log key of one finding and stage.
 *
 * @example
 * idempotencyKey("acme", "ghosted:cand-1:<m1@acme.com>", "breach") // "acme:ghosted:cand-1:<m1@acme.com>:breach"
 */
export function idempotencyKey(tenantId: string, findingKey: string, stage: AlertStage): string {
  return `${tenantId}:${findingKey}:${stage}`;
}

/**
 * Which stages of a finding call for an alert, given its status and type.
 *
 * @example
 * stagesFor(ghostRiskFinding, ctx) // ["risk"]
 */
export function stagesFor(finding: Finding, ctx: PlanContext): AlertStage[] {
  if (finding.status !== "open") return [];
  if (finding.type === "ghost_risk") return ["risk"];
  const stages: AlertStage[] = ["breach"];
  if (ctx.alerts.escalationTypes.includes(finding.type) && !escalationAcknowledged(finding, ctx)) {
    const overdue = finding.dueAt === null || Date.parse(finding.dueAt) <= ctx.now.getTime();
    if (overdue) stages.push("escalation");
  }
  return stages;
}

/** The `ghost_risk` a `ghosted` finding grew out of shares its candidate and anchor. */
function escalationAcknowledged(finding: Finding, ctx: PlanContext): boolean {
  const acknowledged = ctx.acknowledgedKeys;
  if (!acknowledged) return false;
  const riskKey = finding.key.replace(/^ghosted:/, "ghost_risk:");
  return acknowledged.has(finding.key) || acknowledged.has(riskKey);
}

function routeMatches(route: AlertRoute, finding: Finding, stage: AlertStage): boolean {
  if (route.teams && !(finding.team && route.teams.includes(finding.team))) return false;
  if (route.types && !route.types.includes(finding.type)) return false;
  if (route.minSeverity && SEVERITY_RANK[finding.severity] < SEVERITY_RANK[route.minSeverity]) return false;
  if (route.stages && !route.stages.includes(stage)) return false;
  return true;
}

function recipientFor(address: string, ctx: PlanContext): { recipient: AlertRecipient; when: Date } {
  const key = address.toLowerCase();
  const person = ctx.alerts.people[key];
  const timeZone = person?.timeZone ?? ctx.settings.timeZone;
  const quiet = person?.quietHours === undefined ? ctx.alerts.defaultQuietHours : person.quietHours;
  const recipient: AlertRecipient = { address: key, timeZone };
  if (person?.name) recipient.name = person.name;
  if (person?.slackUserId) recipient.slackUserId = person.slackUserId;
  return { recipient, when: deliverAt(ctx.now, quiet, timeZone) };
}

function itemFor(finding: Finding, stage: AlertStage, ctx: PlanContext): AlertItem {
  const base = ctx.alerts.dashboardUrl.replace(/\/+$/, "");
  const item: AlertItem = {
    idempotencyKey: idempotencyKey(ctx.tenantId, finding.key, stage),
    findingKey: finding.key,
    candidateId: finding.candidateId,
    stage,
    type: finding.type,
    severity: finding.severity,
    title: finding.title,
    candidate: finding.candidateName
      ? `${finding.candidateName} <${finding.candidateAddress}>`
      : finding.candidateAddress,
    waitingFor:
      (finding.obligation && WAITING_FOR_OBLIGATION[finding.obligation]) ??
      WAITING_FOR_TYPE[finding.type] ??
      "the next step from the team",
    since: finding.since,
    dueAt: finding.dueAt,
    holder: finding.people[0] ?? "nobody identified",
    evidenceUrl: `${base}/findings/${encodeURIComponent(finding.key)}`,
    repair: finding.repair,
    repairLanguage: finding.repairLanguage,
  };
  if (finding.role) item.role = finding.role;
  if (finding.team) item.team = finding.team;
  return item;
}

/**
 * Plans the alerts the given findings call for now.
 *
 * - `ghost_risk` → stage `risk`; every other open finding → `breach`; a breach of an
 *   `escalationTypes` finding (default `ghosted`) that is overdue and whose risk was never
 *   acknowledged → also `escalation`, to the team lead (`settings.teams[team].lead`).
 * - Recipient: the person who holds the ball (`finding.people[0]`), else the team lead, else HR ops.
 * - Channel: the first matching route. Quiet hours defer to their end in the recipient's zone.
 * - More than `digestThreshold` alerts for one recipient and channel → one digest job.
 *
 * @example
 * const { jobs } = planAlerts(findings, { tenantId: "acme", settings, alerts, now: new Date() });
 * for (const { job, delaySeconds } of jobs) await env.ALERT_QUEUE.send(job, { delaySeconds });
 */
export function planAlerts(changes: readonly Finding[], ctx: PlanContext): PlanResult {
  const skipped: PlanSkip[] = [];
  const seen = new Set<string>();
  const groups = new Map<
    string,
    { recipient: AlertRecipient; when: Date; channelId: string; team?: string; items: AlertItem[] }
  >();

  for (const finding of changes) {
    for (const stage of stagesFor(finding, ctx)) {
      const key = idempotencyKey(ctx.tenantId, finding.key, stage);
      if (seen.has(key) || ctx.sentKeys?.has(key)) continue;
      seen.add(key);

      const lead = finding.team ? ctx.settings.teams[finding.team]?.lead : undefined;
      const address =
        stage === "escalation"
          ? (lead ?? ctx.alerts.hrOps?.address)
          : (finding.people[0] ?? lead ?? ctx.alerts.hrOps?.address);
      if (!address) {
        skipped.push({
          findingKey: finding.key,
          stage,
          reason:
            stage === "escalation"
              ? `no team lead for team "${finding.team ?? "(none)"}" and no HR ops address to escalate to`
              : "nobody holds the ball and no team lead or HR ops address is configured",
        });
        continue;
      }
      const route = ctx.alerts.routes.find((r) => routeMatches(r, finding, stage));
      if (!route) {
        skipped.push({
          findingKey: finding.key,
          stage,
          reason: `no alert route matches ${finding.type}/${finding.severity}/${stage}`,
        });
        continue;
      }
      if (!ctx.alerts.channels[route.channel]) {
        skipped.push({
          findingKey: finding.key,
          stage,
          reason: `route names unknown channel "${route.channel}"`,
        });
        continue;
      }
      const { recipient, when } = recipientFor(address, ctx);
      const groupKey = `${recipient.address}\u0000${route.channel}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = { recipient, when, channelId: route.channel, items: [] };
        if (finding.team) group.team = finding.team;
        groups.set(groupKey, group);
      }
      group.items.push(itemFor(finding, stage, ctx));
    }
  }

  const jobs: PlannedAlert[] = [];
  for (const group of groups.values()) {
    const channel = ctx.alerts.channels[group.channelId];
    if (!channel) continue;
    const batches =
      group.items.length > ctx.alerts.digestThreshold ? [group.items] : group.items.map((i) => [i]);
    const delaySeconds = Math.min(
      MAX_QUEUE_DELAY_SECONDS,
      Math.max(0, Math.ceil((group.when.getTime() - ctx.now.getTime()) / 1000)),
    );
    for (const items of batches) {
      const job: AlertJob = {
        v: 1,
        tenantId: ctx.tenantId,
        channelId: group.channelId,
        channel,
        recipient: group.recipient,
        items,
        notBefore: group.when.toISOString(),
        plannedAt: ctx.now.toISOString(),
      };
      if (group.team) job.team = group.team;
      jobs.push({ job, delaySeconds });
    }
  }
  return { jobs, skipped };
}
