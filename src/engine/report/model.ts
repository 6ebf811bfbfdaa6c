/**
 * The weekly audit report as data: headline closure rate, finding counts with their trend,
 * funnel and response-time figures, per-recruiter SLA compliance and the open findings. The
 * renderers (text, JSON, HTML) only format this model.
 */
import type { AuditResult, ObligationRecord } from "../audit.ts";
import type { Finding, FindingType, Severity } from "../model.ts";
import { FINDING_TYPES } from "../model.ts";
import type { TenantSettings } from "../settings.ts";
import type { CandidateTimeline, TimelineItem } from "../timeline/types.ts";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

/** Counts of one finding type this week and in each of the four weeks before. */
export interface FindingTypeCount {
  type: FindingType;
  /** Findings whose `since` falls in the report week. */
  current: number;
  /** The four previous weeks, oldest first. */
  previous: [number, number, number, number];
  /** Mean of `previous`. */
  previousAverage: number;
  /** `up` when this week is more than 10% above the previous average (and at least one more). */
  trend: "up" | "down" | "flat";
  /** All open findings of this type, whatever their week. */
  open: number;
}

/** SLA compliance of one organisation person (obligations they held the ball on). */
export interface RecruiterCompliance {
  person: string;
  /** Obligations with a verdict: met, met late, or overdue. */
  due: number;
  met: number;
  metLate: number;
  overdue: number;
  /** Still open, not yet due. */
  pending: number;
  /** `met / due`, null when nothing was due. */
  compliance: number | null;
  /** Median business hours to meet (met and met late). */
  medianHours: number | null;
}

export interface ReportModel {
  title: string;
  generatedAt: string;
  timeZone: string;
  team?: string;
  /** The report week: [start, end). */
  period: { start: string; end: string };
  headline: {
    /** Candidates who replied, sent availability, or were interviewed. */
    engaged: number;
    /** Of those, candidates with an offer, a rejection, or an acknowledged withdrawal. */
    closed: number;
    /** `closed / engaged`, null when nobody engaged. */
    closureRate: number | null;
    /** Median calendar days from first engagement to the outcome. */
    medianDaysToClosure: number | null;
  };
  findingCounts: FindingTypeCount[];
  /** The five week buckets (four previous + current), oldest first, for charts. */
  weeks: { start: string; end: string; counts: Partial<Record<FindingType, number>>; total: number }[];
  funnel: { invited: number; interviewed: number; conversion: number | null };
  inviteThenReject: number;
  ghosted: number;
  firstResponse: { answered: number; medianHours: number | null; p90Hours: number | null; late: number };
  recruiters: RecruiterCompliance[];
  openFindings: Finding[];
  severityCounts: Record<Severity, number>;
  candidates: number;
  warnings: string[];
}

/**
 * Quantile by nearest rank (q in [0,1]) of a numeric list; null when empty.
 *
 * @example
 * quantile([5, 1, 3], 0.5) // 3
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[idx] as number;
}

function round(n: number | null, digits = 1): number | null {
  if (n === null) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function isFacing(it: TimelineItem): boolean {
  return it.kind === "message" && it.voice === "org" && !it.handoff && it.direction === "outbound";
}

/** First engagement and closure of one candidate (null when none). */
function engagementOf(
  tl: CandidateTimeline,
  nowMs: number,
): { engagedAt: number | null; closedAt: number | null; invitedAt: number | null; interviewed: boolean } {
  let engagedAt: number | null = null;
  let closedAt: number | null = null;
  let invitedAt: number | null = null;
  let interviewed = false;
  let withdrewAt: number | null = null;
  for (const it of tl.items) {
    if (it.kind === "event") {
      if (it.held && it.endMs <= nowMs) {
        interviewed = true;
        if (engagedAt === null) engagedAt = it.endMs;
      } else if (invitedAt === null && !it.cancelled) invitedAt = it.atMs;
      continue;
    }
    if (it.voice === "candidate" && !it.handoff) {
      const l = it.classification.label;
      if (l === "candidate_reply" || l === "candidate_inquiry" || l === "candidate_withdrawal") {
        if (engagedAt === null) engagedAt = it.atMs;
      }
      if (l === "candidate_withdrawal") withdrewAt = it.atMs;
      continue;
    }
    if (!isFacing(it)) continue;
    const l = it.classification.label;
    if ((l === "scheduling_request" || l === "interview_confirmation") && invitedAt === null)
      invitedAt = it.atMs;
    if (l === "offer" || l === "rejection") closedAt = it.atMs;
    else if (withdrewAt !== null && it.atMs >= withdrewAt) closedAt = it.atMs;
  }
  return { engagedAt, closedAt, invitedAt, interviewed };
}

/**
 * Builds the weekly report from an audit result. The report week is the 7 days before `now`;
 * trends compare with the four weeks before it. With `team`, only that team's candidates,
 * findings and obligations count.
 *
 * @example
 * const report = buildReport(result, { settings, now: new Date() });
 * renderText(report);
 */
export function buildReport(
  result: AuditResult,
  options: { settings: TenantSettings; now: Date; team?: string },
): ReportModel {
  const { settings, now, team } = options;
  const nowMs = now.getTime();
  const inTeam = (t: string | undefined) => team === undefined || t === team;
  const timelines = result.timelines.filter((tl) => inTeam(tl.team));
  const findings = result.findings.filter((f) => inTeam(f.team));
  const obligations = result.obligations.filter((o) => inTeam(o.team));

  // Headline: closure rate among engaged candidates; invite→interview funnel.
  let engaged = 0;
  let closed = 0;
  let invited = 0;
  let interviewed = 0;
  const closureDays: number[] = [];
  for (const tl of timelines) {
    const e = engagementOf(tl, nowMs);
    if (e.invitedAt !== null) {
      invited++;
      if (e.interviewed) interviewed++;
    }
    if (e.engagedAt === null) continue;
    engaged++;
    if (e.closedAt !== null && e.closedAt >= e.engagedAt) {
      closed++;
      closureDays.push((e.closedAt - e.engagedAt) / DAY_MS);
    } else if (e.closedAt !== null) {
      closed++;
      closureDays.push(0);
    }
  }

  // Weekly buckets by finding `since`: index 4 is the report week.
  const weekStart = (i: number) => nowMs - (5 - i) * WEEK_MS;
  const weeks = [0, 1, 2, 3, 4].map((i) => ({
    start: new Date(weekStart(i)).toISOString(),
    end: new Date(weekStart(i) + WEEK_MS).toISOString(),
    counts: {} as Partial<Record<FindingType, number>>,
    total: 0,
  }));
  const openByType: Partial<Record<FindingType, number>> = {};
  const severityCounts: Record<Severity, number> = { high: 0, medium: 0, low: 0 };
  for (const f of findings) {
    openByType[f.type] = (openByType[f.type] ?? 0) + 1;
    severityCounts[f.severity]++;
    const since = Date.parse(f.since);
    const i = Math.floor((since - weekStart(0)) / WEEK_MS);
    if (i >= 0 && i < 5) {
      const w = weeks[i] as (typeof weeks)[number];
      w.counts[f.type] = (w.counts[f.type] ?? 0) + 1;
      w.total++;
    }
  }
  const findingCounts: FindingTypeCount[] = FINDING_TYPES.map((type) => {
    const previous = [0, 1, 2, 3].map((i) => weeks[i]?.counts[type] ?? 0) as [number, number, number, number];
    const current = weeks[4]?.counts[type] ?? 0;
    const previousAverage = previous.reduce((a, b) => a + b, 0) / 4;
    const trend: FindingTypeCount["trend"] =
      current > previousAverage * 1.1 && current - previousAverage >= 1
        ? "up"
        : current < previousAverage * 0.9 && previousAverage - current >= 1
          ? "down"
          : "flat";
    return {
      type,
      current,
      previous,
      previousAverage: round(previousAverage, 2) ?? 0,
      trend,
      open: openByType[type] ?? 0,
    };
  });

  // Response times to candidate messages (answered ones, late answers included).
  const responseKinds = new Set([
    "reply_to_candidate",
    "schedule_after_availability",
    "answer_assessment",
    "answer_feedback_request",
  ]);
  const answered = obligations.filter(
    (o) => responseKinds.has(o.obligation) && (o.state === "met" || o.state === "met_late"),
  );
  const hours = answered.map((o) => o.businessHours ?? 0);

  return {
    title: team ? `Candidate communication audit — ${team}` : "Candidate communication audit",
    generatedAt: now.toISOString(),
    timeZone: settings.timeZone,
    ...(team ? { team } : {}),
    period: { start: new Date(nowMs - WEEK_MS).toISOString(), end: now.toISOString() },
    headline: {
      engaged,
      closed,
      closureRate: engaged ? round(closed / engaged, 3) : null,
      medianDaysToClosure: round(quantile(closureDays, 0.5)),
    },
    findingCounts,
    weeks,
    funnel: { invited, interviewed, conversion: invited ? round(interviewed / invited, 3) : null },
    inviteThenReject: openByType.invite_then_reject ?? 0,
    ghosted: openByType.ghosted ?? 0,
    firstResponse: {
      answered: answered.length,
      medianHours: round(quantile(hours, 0.5)),
      p90Hours: round(quantile(hours, 0.9)),
      late: answered.filter((o) => o.state === "met_late").length,
    },
    recruiters: recruiterCompliance(obligations),
    openFindings: findings.filter((f) => f.status === "open"),
    severityCounts,
    candidates: timelines.length,
    warnings: result.warnings,
  };
}

function recruiterCompliance(obligations: readonly ObligationRecord[]): RecruiterCompliance[] {
  const by = new Map<string, { rec: RecruiterCompliance; hours: number[] }>();
  for (const o of obligations) {
    if (!o.owner || o.state === "ended") continue;
    let e = by.get(o.owner);
    if (!e) {
      e = {
        rec: {
          person: o.owner,
          due: 0,
          met: 0,
          metLate: 0,
          overdue: 0,
          pending: 0,
          compliance: null,
          medianHours: null,
        },
        hours: [],
      };
      by.set(o.owner, e);
    }
    const r = e.rec;
    if (o.state === "met") r.met++;
    else if (o.state === "met_late") r.metLate++;
    else if (o.state === "overdue") r.overdue++;
    else r.pending++;
    if (o.businessHours !== undefined) e.hours.push(o.businessHours);
  }
  const out: RecruiterCompliance[] = [];
  for (const { rec, hours } of by.values()) {
    rec.due = rec.met + rec.metLate + rec.overdue;
    rec.compliance = rec.due ? round(rec.met / rec.due, 3) : null;
    rec.medianHours = round(quantile(hours, 0.5));
    out.push(rec);
  }
  return out.sort(
    (a, b) => (a.compliance ?? 2) - (b.compliance ?? 2) || b.due - a.due || (a.person < b.person ? -1 : 1),
  );
}
