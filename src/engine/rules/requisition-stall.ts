/**
 * `requisition_stall` — several candidates of the same role went silent in the same window:
 * the role was likely paused and nobody told them.
 *
 * Fires: at least `requisitionStall.minCandidates` (default 3) candidates with the same role
 * (case and spacing ignored) each have an open `ghosted` or `stalled_scheduling` finding, and the
 * last activity of each (their latest message from either side or interview, hand-offs and
 * machine mail excluded) falls inside one window of `requisitionStall.windowBusinessDays`
 * (default 5) business days. One finding per role, for the largest such group (the latest when
 * tied).
 * Does not fire: for candidates without a known role; when the silent candidates' last activity
 * is spread wider than the window; with fewer candidates than the minimum; for `ghost_risk`
 * (not yet breached).
 * Anchor: the last-activity item of the earliest candidate in the group. Candidate id: the
 * requisition's id `r_<hash of the role>`. Due: none. Severity: `medium`.
 */

import type { TenantSettings } from "../settings.ts";
import { businessCalendar } from "../sla/clock.ts";
import { shortHash } from "../timeline/hash.ts";
import type { CandidateTimeline, TimelineItem } from "../timeline/types.ts";
import { evidenceOf, type FindingDraft, uniquePeople, when } from "./common.ts";

interface Silent {
  timeline: CandidateTimeline;
  last: TimelineItem;
  findings: FindingDraft[];
}

function lastActivity(tl: CandidateTimeline): TimelineItem | undefined {
  for (let i = tl.items.length - 1; i >= 0; i--) {
    const it = tl.items[i] as TimelineItem;
    if (it.kind === "event" || (it.voice !== "system" && !it.handoff)) return it;
  }
  return undefined;
}

/**
 * The `requisition_stall` findings across all candidates.
 *
 * @example
 * requisitionStallFindings(timelines, findingsByCandidate, settings)
 */
export function requisitionStallFindings(
  timelines: readonly CandidateTimeline[],
  findingsByCandidate: ReadonlyMap<string, FindingDraft[]>,
  settings: TenantSettings,
): FindingDraft[] {
  const { minCandidates, windowBusinessDays } = settings.requisitionStall;
  const cal = businessCalendar(settings);
  const windowMs = windowBusinessDays * cal.dayMs;
  const byRole = new Map<string, { role: string; silent: Silent[] }>();
  for (const tl of timelines) {
    if (!tl.role) continue;
    const open = (findingsByCandidate.get(tl.candidateId) ?? []).filter(
      (f) => f.type === "ghosted" || f.type === "stalled_scheduling",
    );
    if (open.length === 0) continue;
    const last = lastActivity(tl);
    if (!last) continue;
    const key = tl.role.trim().toLowerCase().replace(/\s+/g, " ");
    let group = byRole.get(key);
    if (!group) {
      group = { role: tl.role.trim(), silent: [] };
      byRole.set(key, group);
    }
    group.silent.push({ timeline: tl, last, findings: open });
  }
  const out: FindingDraft[] = [];
  for (const [key, { role, silent }] of byRole) {
    if (silent.length < minCandidates) continue;
    silent.sort(
      (a, b) => a.last.atMs - b.last.atMs || (a.timeline.candidateId < b.timeline.candidateId ? -1 : 1),
    );
    let best: [number, number] | null = null;
    let j = 0;
    for (let i = 0; i < silent.length; i++) {
      if (j < i) j = i;
      const startMs = (silent[i] as Silent).last.atMs;
      while (j + 1 < silent.length && cal.elapsedMs(startMs, (silent[j + 1] as Silent).last.atMs) <= windowMs)
        j++;
      const size = j - i + 1;
      if (size >= minCandidates && (!best || size >= best[1] - best[0] + 1)) best = [i, j];
    }
    if (!best) continue;
    const group = silent.slice(best[0], best[1] + 1);
    const first = group[0] as Silent;
    const lastOne = group[group.length - 1] as Silent;
    const tz = settings.timeZone;
    const teams = new Map<string, number>();
    for (const s of group)
      if (s.timeline.team) teams.set(s.timeline.team, (teams.get(s.timeline.team) ?? 0) + 1);
    const team = [...teams.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const names = group.map((s) => s.timeline.name ?? s.timeline.addresses[0]);
    const requisitionId = `r_${shortHash(key)}`;
    const f: FindingDraft = {
      key: `requisition_stall:${requisitionId}:${first.last.id}`,
      type: "requisition_stall",
      candidateId: requisitionId,
      candidateAddress: first.timeline.addresses[0] ?? "",
      role,
      people: uniquePeople(group.flatMap((s) => s.findings.flatMap((x) => x.people)).slice(0, 10)),
      severity: "medium",
      anchorId: first.last.id,
      since: new Date(first.last.atMs).toISOString(),
      dueAt: null,
      status: "open",
      title: `${group.length} candidates for ${role} went silent within ${windowBusinessDays} business days — the role may be paused without anyone telling them`,
      summary: [
        `${group.length} candidates for ${role} each have an open ghosted or stalled-scheduling finding,`,
        `and their last activity fell between ${when(first.last.atMs, tz)} and ${when(lastOne.last.atMs, tz)}`,
        `(within ${windowBusinessDays} business days): ${names.join(", ")}.`,
        "If the requisition was paused or filled, these candidates need to be told.",
      ].join(" "),
      evidence: group.map((s) =>
        evidenceOf(
          s.last,
          `Last activity with ${s.timeline.name ?? s.timeline.addresses[0]} (${s.timeline.candidateId}); open: ${s.findings.map((x) => x.type).join(", ")}.`,
        ),
      ),
    };
    if (team) f.team = team;
    out.push(f);
  }
  return out;
}
