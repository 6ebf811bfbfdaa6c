/**
 * The overview's figures, computed from stored findings and timelines (D1 aggregates) inside the
 * caller's scope: open findings by type and severity, the weekly trend of ghosted /
 * invite-then-reject / ghost-risk, the first-response time distribution (business hours), the
 * invite → interview → outcome funnel, and reply-SLA compliance by recruiter and team.
 */
import { tz } from "@date-fns/tz";
import { startOfWeek, subWeeks } from "date-fns";
import { slaFor, type TenantSettings } from "../engine/settings.ts";
import { businessCalendar, businessHoursBetween } from "../engine/sla/index.ts";
import {
  candidateQuestions,
  type FindingScope,
  funnel,
  type OpenCounts,
  openFindingCounts,
  weeklyTrend,
} from "../storage/dashboard-queries.ts";
import type { MailboxRecord } from "../storage/repository.ts";

export const TREND_TYPES = ["ghosted", "invite_then_reject", "ghost_risk"] as const;
export const TREND_WEEKS = 8;

/** Upper bounds (business hours) of the first-response buckets; the last bucket is open. */
export const RESPONSE_BUCKETS = [
  { label: "< 4 h", max: 4 },
  { label: "4–8 h", max: 8 },
  { label: "1–2 days", max: 16 },
  { label: "2–3 days", max: 24 },
  { label: "> 3 days", max: Number.POSITIVE_INFINITY },
] as const;

export interface ComplianceRow {
  /** Recruiter address (mailbox owner) or team name. */
  name: string;
  team: string | null;
  met: number;
  late: number;
  overdue: number;
  pending: number;
  /** met / (met + late + overdue); null when nothing was due. */
  compliance: number | null;
}

export interface Overview {
  generatedAt: string;
  timeZone: string;
  open: OpenCounts[];
  openTotal: number;
  trend: { weekStart: string; counts: Record<string, number> }[];
  responses: { buckets: { label: string; count: number }[]; unanswered: number; medianHours: number | null };
  funnel: { candidates: number; invited: number; interviewed: number; outcome: number };
  byRecruiter: ComplianceRow[];
  byTeam: ComplianceRow[];
  replySlaDays: number;
}

/**
 * Mailbox ids inside a scope (null: all of them).
 *
 * @example
 * scopeMailboxIds({ kind: "teams", teams: ["sales"] }, mailboxes) // ["mb-sam"]
 */
export function scopeMailboxIds(scope: FindingScope, mailboxes: readonly MailboxRecord[]): string[] | null {
  if (scope.kind === "tenant") return null;
  if (scope.kind === "teams")
    return mailboxes.filter((m) => m.team && scope.teams.includes(m.team)).map((m) => m.id);
  return mailboxes.filter((m) => m.address.toLowerCase() === scope.email.toLowerCase()).map((m) => m.id);
}

function ratio(r: ComplianceRow): ComplianceRow {
  const due = r.met + r.late + r.overdue;
  return { ...r, compliance: due === 0 ? null : r.met / due };
}

/**
 * Computes the overview for one tenant and scope.
 *
 * @example
 * const o = await buildOverview(env.DB, "acme", settings, mailboxes, { kind: "tenant" }, new Date());
 */
export async function buildOverview(
  db: D1Database,
  tenantId: string,
  settings: TenantSettings,
  mailboxes: readonly MailboxRecord[],
  scope: FindingScope,
  now: Date,
): Promise<Overview> {
  const thisWeek = startOfWeek(now, { weekStartsOn: 1, in: tz(settings.timeZone) });
  const firstWeek = new Date(subWeeks(thisWeek, TREND_WEEKS - 1).getTime());
  const allowed = scopeMailboxIds(scope, mailboxes);
  const allowedSet = allowed ? new Set(allowed) : null;
  const [open, trend, questions, fun] = await Promise.all([
    openFindingCounts(db, tenantId, scope),
    weeklyTrend(db, tenantId, scope, TREND_TYPES, firstWeek, TREND_WEEKS),
    candidateQuestions(db, tenantId, firstWeek.toISOString()),
    funnel(db, tenantId, firstWeek.toISOString(), now, allowed),
  ]);

  const byId = new Map(mailboxes.map((m) => [m.id, m]));
  const dayHours = businessCalendar(settings).dayMs / 3_600_000;
  const buckets = RESPONSE_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  const answeredHours: number[] = [];
  let unanswered = 0;
  const rec = new Map<string, ComplianceRow>();
  const team = new Map<string, ComplianceRow>();
  const row = (m: Map<string, ComplianceRow>, name: string, t: string | null) => {
    let r = m.get(name);
    if (!r) {
      r = { name, team: t, met: 0, late: 0, overdue: 0, pending: 0, compliance: null };
      m.set(name, r);
    }
    return r;
  };
  for (const q of questions) {
    if (allowedSet && !allowedSet.has(q.mailboxId)) continue;
    const mb = byId.get(q.mailboxId);
    const asked = new Date(q.askedAt);
    const end = q.answeredAt ? new Date(q.answeredAt) : now;
    const hours = businessHoursBetween(asked, end, settings);
    const dueHours = slaFor(settings, mb?.team).replyToCandidate * dayHours;
    let verdict: "met" | "late" | "overdue" | "pending";
    if (q.answeredAt) {
      answeredHours.push(hours);
      const b = RESPONSE_BUCKETS.findIndex((x) => hours < x.max);
      const bucket = buckets[b < 0 ? buckets.length - 1 : b];
      if (bucket) bucket.count += 1;
      verdict = hours <= dueHours ? "met" : "late";
    } else {
      unanswered += 1;
      verdict = hours > dueHours ? "overdue" : "pending";
    }
    for (const r of [
      row(rec, mb?.address ?? q.mailboxId, mb?.team ?? null),
      row(team, mb?.team ?? "(no team)", mb?.team ?? null),
    ])
      r[verdict] += 1;
  }
  answeredHours.sort((a, b) => a - b);
  const mid = answeredHours.length ? answeredHours[Math.floor((answeredHours.length - 1) / 2)] : undefined;
  return {
    generatedAt: now.toISOString(),
    timeZone: settings.timeZone,
    open,
    openTotal: open.reduce((s, r) => s + r.count, 0),
    trend,
    responses: {
      buckets,
      unanswered,
      medianHours: mid === undefined ? null : Math.round(mid * 10) / 10,
    },
    funnel: fun,
    byRecruiter: [...rec.values()].map(ratio).sort((a, b) => a.name.localeCompare(b.name)),
    byTeam: [...team.values()].map(ratio).sort((a, b) => a.name.localeCompare(b.name)),
    replySlaDays: settings.sla.replyToCandidate,
  };
}

const overviewCache = new Map<string, { at: number; value: Overview }>();

/**
 * The overview from this isolate's short-lived cache (`ttlSeconds`, 0 = off), computed when
 * missing or stale. Keyed by tenant and scope; `forgetOverviews` drops a tenant's entries after
 * a change made through this isolate.
 *
 * @example
 * const o = await cachedOverview("acme", scope, 30, () => buildOverview(…));
 */
export async function cachedOverview(
  tenantId: string,
  scope: FindingScope,
  ttlSeconds: number,
  compute: () => Promise<Overview>,
): Promise<Overview> {
  if (ttlSeconds <= 0) return compute();
  const key = `${tenantId}\u0000${JSON.stringify(scope)}`;
  const hit = overviewCache.get(key);
  const now = Date.now();
  if (hit && now - hit.at < ttlSeconds * 1000) return hit.value;
  const value = await compute();
  if (overviewCache.size > 1000) overviewCache.clear();
  overviewCache.set(key, { at: now, value });
  return value;
}

/**
 * Drops a tenant's cached overviews.
 *
 * @example
 * forgetOverviews("acme");
 */
export function forgetOverviews(tenantId: string): void {
  for (const k of overviewCache.keys()) if (k.startsWith(`${tenantId}\u0000`)) overviewCache.delete(k);
}

/**
 * Seconds the overview may be served from the isolate cache (`OVERVIEW_CACHE_SECONDS`, default 30).
 *
 * @example
 * overviewTtl({ OVERVIEW_CACHE_SECONDS: "0" }) // 0
 */
export function overviewTtl(env: Record<string, unknown>): number {
  const n = Number(env.OVERVIEW_CACHE_SECONDS ?? 30);
  return Number.isFinite(n) && n >= 0 ? n : 30;
}
