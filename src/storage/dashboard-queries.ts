/**
 * Read models of the dashboard and the API: findings pages with filters and an opaque cursor,
 * the overview's aggregates, a candidate's cross-mailbox timeline, mailbox edits. Every function
 * takes the tenant id first and binds it; bound parameters only.
 */
import { FINDING_TYPES, type FindingStatus, type Severity } from "../engine/model.ts";
import type { StoredFinding } from "../worker/lifecycle/reconcile.ts";
import { type FindingRow, rowToFinding } from "./findings.ts";
import { parseJson, placeholders } from "./sql.ts";

/** Which findings a caller may see (mirrors `src/auth/roles.ts` Scope). */
export type FindingScope =
  | { kind: "tenant" }
  | { kind: "teams"; teams: string[] }
  | { kind: "person"; email: string };

export interface FindingQuery {
  team?: string;
  /** An organisation address among the finding's people. */
  recruiter?: string;
  role?: string;
  type?: string;
  severity?: Severity;
  status?: FindingStatus;
  /** `since` ≥ from (ISO). */
  from?: string;
  /** `since` < to (ISO). */
  to?: string;
  candidateId?: string;
}

/** SQL condition (on alias `f`) and its parameters for a scope. */
export function scopeSql(scope: FindingScope): { sql: string; params: unknown[] } {
  if (scope.kind === "tenant") return { sql: "1 = 1", params: [] };
  if (scope.kind === "teams") {
    if (scope.teams.length === 0) return { sql: "0 = 1", params: [] };
    return { sql: `f.team IN (${placeholders(scope.teams.length)})`, params: [...scope.teams] };
  }
  return {
    sql: "EXISTS (SELECT 1 FROM json_each(f.people_json) p WHERE lower(p.value) = ?)",
    params: [scope.email.toLowerCase()],
  };
}

function filterSql(q: FindingQuery): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    sql.push(clause);
    params.push(value);
  };
  if (q.team) add("f.team = ?", q.team);
  if (q.role) add("f.role = ?", q.role);
  if (q.type) add("f.type = ?", q.type);
  if (q.severity) add("f.severity = ?", q.severity);
  if (q.status) add("f.status = ?", q.status);
  if (q.from) add("f.since >= ?", q.from);
  if (q.to) add("f.since < ?", q.to);
  if (q.candidateId) add("f.candidate_id = ?", q.candidateId);
  if (q.recruiter)
    add(
      "EXISTS (SELECT 1 FROM json_each(f.people_json) r WHERE lower(r.value) = ?)",
      q.recruiter.toLowerCase(),
    );
  return { sql, params };
}

/** Position after the last row of a page (newest `since` first, then key descending). */
export interface FindingCursor {
  since: string;
  key: string;
}

/**
 * Opaque cursor text (base64url of JSON).
 *
 * @example
 * encodeCursor({ since: "2026-03-02T09:00:00Z", key: "ghosted:c1:m1" }) // "eyJzIjoi…"
 */
export function encodeCursor(c: FindingCursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ s: c.since, k: c.key }));
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Reads a cursor; null when it is not one of ours.
 *
 * @example
 * decodeCursor(encodeCursor({ since: "2026-03-02T09:00:00Z", key: "k" }))?.key // "k"
 */
export function decodeCursor(text: string): FindingCursor | null {
  try {
    const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    const bin = atob(b64 + "=".repeat((4 - (b64.length % 4)) % 4));
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)))) as {
      s?: unknown;
      k?: unknown;
    };
    if (typeof json.s !== "string" || typeof json.k !== "string") return null;
    return { since: json.s, key: json.k };
  } catch {
    return null;
  }
}

/**
 * One page of findings (newest first) inside the scope, with the cursor of the next page.
 *
 * @example
 * const page = await findingsPage(env.DB, "acme", { kind: "tenant" }, { status: "open" }, null, 50);
 */
export async function findingsPage(
  db: D1Database,
  tenantId: string,
  scope: FindingScope,
  query: FindingQuery,
  cursor: FindingCursor | null,
  limit: number,
): Promise<{ findings: StoredFinding[]; nextCursor: string | null }> {
  const s = scopeSql(scope);
  const f = filterSql(query);
  const where = ["f.tenant_id = ?", s.sql, ...f.sql];
  const params: unknown[] = [tenantId, ...s.params, ...f.params];
  if (cursor) {
    where.push("(f.since < ? OR (f.since = ? AND f.key < ?))");
    params.push(cursor.since, cursor.since, cursor.key);
  }
  const n = Math.min(Math.max(Math.floor(limit), 1), 200);
  const res = await db
    .prepare(
      `SELECT f.* FROM findings f WHERE ${where.join(" AND ")} ORDER BY f.since DESC, f.key DESC LIMIT ${n + 1}`,
    )
    .bind(...params)
    .all<FindingRow>();
  const rows = res.results.slice(0, n);
  const last = rows[rows.length - 1];
  return {
    findings: rows.map(rowToFinding),
    nextCursor: res.results.length > n && last ? encodeCursor({ since: last.since, key: last.key }) : null,
  };
}

/**
 * One finding if it exists and is inside the scope.
 *
 * @example
 * await scopedFinding(env.DB, "acme", scope, "ghosted:c1:m1")
 */
export async function scopedFinding(
  db: D1Database,
  tenantId: string,
  scope: FindingScope,
  key: string,
): Promise<StoredFinding | null> {
  const s = scopeSql(scope);
  const r = await db
    .prepare(`SELECT f.* FROM findings f WHERE f.tenant_id = ? AND f.key = ? AND ${s.sql}`)
    .bind(tenantId, key, ...s.params)
    .first<FindingRow>();
  return r ? rowToFinding(r) : null;
}

/**
 * Distinct teams and roles of the tenant's findings (for filter menus).
 *
 * @example
 * await findingFacets(env.DB, "acme") // { teams: ["engineering"], roles: ["Backend Engineer"] }
 */
export async function findingFacets(
  db: D1Database,
  tenantId: string,
): Promise<{ teams: string[]; roles: string[] }> {
  // Loose index scans: one index seek per distinct value (findings_by_team, findings_by_role)
  // instead of reading every finding of the tenant.
  const distinct = (col: "team" | "role") =>
    db
      .prepare(
        `WITH RECURSIVE v(x, n) AS (
           SELECT (SELECT MIN(${col}) FROM findings WHERE tenant_id = ?1 AND ${col} IS NOT NULL), 0
           UNION ALL
           SELECT (SELECT MIN(${col}) FROM findings WHERE tenant_id = ?1 AND ${col} > v.x), n + 1 FROM v
           WHERE v.x IS NOT NULL AND n < 200)
         SELECT x AS v FROM v WHERE x IS NOT NULL`,
      )
      .bind(tenantId);
  const [teams, roles] = await db.batch<{ v: string }>([distinct("team"), distinct("role")]);
  return {
    teams: (teams?.results ?? []).map((r) => r.v),
    roles: (roles?.results ?? []).map((r) => r.v),
  };
}

export interface OpenCounts {
  type: string;
  severity: string;
  count: number;
}

/**
 * Open and acknowledged findings by type and severity inside the scope.
 *
 * @example
 * await openFindingCounts(env.DB, "acme", { kind: "tenant" }) // [{ type: "ghosted", severity: "high", count: 3 }]
 */
export async function openFindingCounts(
  db: D1Database,
  tenantId: string,
  scope: FindingScope,
): Promise<OpenCounts[]> {
  const s = scopeSql(scope);
  // Grouped in the order of the covering index findings_open_counts (no temporary B-tree);
  // the two statuses are added up here.
  const res = await db
    .prepare(
      `SELECT f.status, f.type, f.severity, COUNT(*) AS count FROM findings f
       WHERE f.tenant_id = ? AND f.status IN ('open', 'acknowledged') AND ${s.sql}
       GROUP BY f.status, f.type, f.severity`,
    )
    .bind(tenantId, ...s.params)
    .all<OpenCounts & { status: string }>();
  const sum = new Map<string, OpenCounts>();
  for (const r of res.results) {
    const k = `${r.type}\u0000${r.severity}`;
    const cur = sum.get(k);
    if (cur) cur.count += r.count;
    else sum.set(k, { type: r.type, severity: r.severity, count: r.count });
  }
  return [...sum.values()].sort((a, b) =>
    a.type === b.type ? a.severity.localeCompare(b.severity) : a.type.localeCompare(b.type),
  );
}

/**
 * Findings of the given types per week (by `since`), weeks starting at `firstWeek` (a Monday
 * 00:00 UTC instant), `weeks` buckets; every finding counts whatever its status.
 *
 * @example
 * await weeklyTrend(env.DB, "acme", scope, ["ghosted"], new Date("2026-01-05T00:00:00Z"), 8)
 */
export async function weeklyTrend(
  db: D1Database,
  tenantId: string,
  scope: FindingScope,
  types: readonly string[],
  firstWeek: Date,
  weeks: number,
): Promise<{ weekStart: string; counts: Record<string, number> }[]> {
  const s = scopeSql(scope);
  const start = firstWeek.toISOString();
  const end = new Date(firstWeek.getTime() + weeks * 7 * 86_400_000).toISOString();
  const res = await db
    .prepare(
      `SELECT f.type, CAST((julianday(f.since) - julianday(?)) / 7 AS INTEGER) AS w, COUNT(*) AS n
       FROM findings f WHERE f.tenant_id = ? AND f.since >= ? AND f.since < ? AND f.type IN (${placeholders(types.length)})
       AND ${s.sql} GROUP BY f.type, w`,
    )
    .bind(start, tenantId, start, end, ...types, ...s.params)
    .all<{ type: string; w: number; n: number }>();
  const out = Array.from({ length: weeks }, (_, i) => ({
    weekStart: new Date(firstWeek.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10),
    counts: Object.fromEntries(types.map((t) => [t, 0])) as Record<string, number>,
  }));
  for (const r of res.results) {
    const bucket = out[r.w];
    if (bucket) bucket.counts[r.type] = (bucket.counts[r.type] ?? 0) + r.n;
  }
  return out;
}

/** Labels the organisation sends to a candidate (an answer to the candidate). */
const ORG_ANSWER_LABELS = [
  "scheduling_request",
  "interview_confirmation",
  "interview_cancellation",
  "assessment",
  "rejection",
  "offer",
  "application_ack",
  "status_update",
] as const;

export interface CandidateQuestion {
  candidateId: string;
  mailboxId: string;
  askedAt: string;
  answeredAt: string | null;
}

/**
 * Candidate messages (replies and inquiries) since `since` on the candidates' timelines, with the
 * first later organisation message on the same timeline (the first response), by mailbox.
 *
 * @example
 * await candidateQuestions(env.DB, "acme", "2026-01-05T00:00:00Z")
 */
export async function candidateQuestions(
  db: D1Database,
  tenantId: string,
  since: string,
): Promise<CandidateQuestion[]> {
  const res = await db
    .prepare(
      `WITH cm AS (
         SELECT ci.candidate_id, ci.at, ci.mailbox_id, m.label, m.internet_message_id
         FROM candidate_items ci JOIN messages m
           ON m.tenant_id = ci.tenant_id AND m.mailbox_id = ci.mailbox_id AND m.id = ci.item_id
         WHERE ci.tenant_id = ?1 AND ci.kind = 'message' AND ci.at >= ?2)
       SELECT q.candidate_id, MIN(q.mailbox_id) AS mailbox_id, q.at AS asked_at,
         (SELECT MIN(a.at) FROM cm a WHERE a.candidate_id = q.candidate_id AND a.at > q.at
            AND a.label IN (${ORG_ANSWER_LABELS.map((l) => `'${l}'`).join(", ")})) AS answered_at
       FROM cm q WHERE q.label IN ('candidate_reply', 'candidate_inquiry')
       GROUP BY q.candidate_id, q.at ORDER BY q.at LIMIT 20000`,
    )
    .bind(tenantId, since)
    .all<{ candidate_id: string; mailbox_id: string; asked_at: string; answered_at: string | null }>();
  return res.results.map((r) => ({
    candidateId: r.candidate_id,
    mailboxId: r.mailbox_id,
    askedAt: r.asked_at,
    answeredAt: r.answered_at,
  }));
}

/**
 * The invite → interview → outcome funnel of candidates active since `since` whose timeline
 * touches one of `mailboxIds` (null: every mailbox).
 *
 * @example
 * await funnel(env.DB, "acme", "2026-01-05T00:00:00Z", new Date(), null) // { invited: 12, interviewed: 7, outcome: 4 }
 */
export async function funnel(
  db: D1Database,
  tenantId: string,
  since: string,
  now: Date,
  mailboxIds: readonly string[] | null,
): Promise<{ candidates: number; invited: number; interviewed: number; outcome: number }> {
  if (mailboxIds && mailboxIds.length === 0) return { candidates: 0, invited: 0, interviewed: 0, outcome: 0 };
  const inMailboxes = mailboxIds
    ? `AND EXISTS (SELECT 1 FROM candidate_items x WHERE x.tenant_id = ci.tenant_id AND x.candidate_id = ci.candidate_id AND x.mailbox_id IN (${placeholders(mailboxIds.length)}))`
    : "";
  const r = await db
    .prepare(
      `WITH per AS (
         SELECT ci.candidate_id,
           MAX(CASE WHEN m.label IN ('scheduling_request', 'interview_confirmation') THEN 1 ELSE 0 END) AS invited,
           MAX(CASE WHEN e.id IS NOT NULL AND e.cancelled = 0 AND e.end_at <= ?3 THEN 1 ELSE 0 END) AS interviewed,
           MAX(CASE WHEN m.label IN ('offer', 'rejection') THEN 1 ELSE 0 END) AS outcome
         FROM candidate_items ci
         LEFT JOIN messages m ON ci.kind = 'message' AND m.tenant_id = ci.tenant_id AND m.mailbox_id = ci.mailbox_id AND m.id = ci.item_id
         LEFT JOIN events e ON ci.kind = 'event' AND e.tenant_id = ci.tenant_id AND e.mailbox_id = ci.mailbox_id AND e.id = ci.item_id
         WHERE ci.tenant_id = ?1 AND ci.at >= ?2 ${inMailboxes}
         GROUP BY ci.candidate_id)
       SELECT COUNT(*) AS candidates, COALESCE(SUM(invited), 0) AS invited,
         COALESCE(SUM(CASE WHEN invited = 1 AND interviewed = 1 THEN 1 ELSE 0 END), 0) AS interviewed,
         COALESCE(SUM(CASE WHEN invited = 1 AND interviewed = 1 AND outcome = 1 THEN 1 ELSE 0 END), 0) AS outcome
       FROM per`,
    )
    .bind(tenantId, since, now.toISOString(), ...(mailboxIds ?? []))
    .first<{ candidates: number; invited: number; interviewed: number; outcome: number }>();
  return r ?? { candidates: 0, invited: 0, interviewed: 0, outcome: 0 };
}

export interface TimelineEntry {
  kind: "message" | "event";
  at: string;
  /** Mailboxes holding a copy (a message seen in three mailboxes is one entry). */
  mailboxIds: string[];
  id: string;
  internetMessageId: string | null;
  subject: string;
  from: string | null;
  fromName: string | null;
  to: string[];
  label: string | null;
  confidence: number | null;
  evidence: string[];
  /** Events: start, end, cancelled. */
  start?: string;
  end?: string;
  cancelled?: boolean;
}

/**
 * A candidate's stored timeline across every mailbox, oldest first, copies merged by Internet
 * Message-ID (messages) or iCalUId (events).
 *
 * @example
 * const { candidate, items } = (await candidateTimeline(env.DB, "acme", "c-ann"))!;
 */
export async function candidateTimeline(
  db: D1Database,
  tenantId: string,
  candidateId: string,
): Promise<{
  candidate: {
    id: string;
    primaryAddress: string;
    addresses: string[];
    name: string | null;
    role: string | null;
    team: string | null;
    firstActivityAt: string | null;
    lastActivityAt: string | null;
  };
  items: TimelineEntry[];
} | null> {
  const c = await db
    .prepare("SELECT * FROM candidates WHERE tenant_id = ? AND id = ?")
    .bind(tenantId, candidateId)
    .first<{
      id: string;
      primary_address: string;
      addresses_json: string;
      name: string | null;
      role: string | null;
      team: string | null;
      first_activity_at: string | null;
      last_activity_at: string | null;
    }>();
  if (!c) return null;
  const [msgs, evs] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT ci.at, m.mailbox_id, m.id, m.internet_message_id, m.subject, m.from_address, m.from_name, m.to_json,
                m.label, m.confidence, m.evidence_json
         FROM candidate_items ci JOIN messages m ON m.tenant_id = ci.tenant_id AND m.mailbox_id = ci.mailbox_id AND m.id = ci.item_id
         WHERE ci.tenant_id = ? AND ci.candidate_id = ? AND ci.kind = 'message' ORDER BY ci.at LIMIT 2000`,
      )
      .bind(tenantId, candidateId),
    db
      .prepare(
        `SELECT ci.at, e.mailbox_id, e.id, e.ical_uid, e.subject, e.organizer_address, e.organizer_name, e.attendees_json,
                e.start_at, e.end_at, e.cancelled
         FROM candidate_items ci JOIN events e ON e.tenant_id = ci.tenant_id AND e.mailbox_id = ci.mailbox_id AND e.id = ci.item_id
         WHERE ci.tenant_id = ? AND ci.candidate_id = ? AND ci.kind = 'event' ORDER BY ci.at LIMIT 500`,
      )
      .bind(tenantId, candidateId),
  ]);
  const merged = new Map<string, TimelineEntry>();
  for (const r of msgs?.results ?? []) {
    const imid = (r.internet_message_id as string | null) ?? null;
    const key = `m:${imid ?? `${r.mailbox_id}/${r.id}`}`;
    const existing = merged.get(key);
    if (existing) {
      if (!existing.mailboxIds.includes(r.mailbox_id as string))
        existing.mailboxIds.push(r.mailbox_id as string);
      continue;
    }
    merged.set(key, {
      kind: "message",
      at: r.at as string,
      mailboxIds: [r.mailbox_id as string],
      id: r.id as string,
      internetMessageId: imid,
      subject: (r.subject as string) ?? "",
      from: (r.from_address as string | null) ?? null,
      fromName: (r.from_name as string | null) ?? null,
      to: parseJson<{ address: string }[]>(r.to_json as string, []).map((a) => a.address),
      label: r.label as string,
      confidence: r.confidence as number,
      evidence: parseJson<string[]>(r.evidence_json as string, []),
    });
  }
  for (const r of evs?.results ?? []) {
    const key = `e:${(r.ical_uid as string | null) ?? `${r.mailbox_id}/${r.id}`}`;
    const existing = merged.get(key);
    if (existing) {
      if (!existing.mailboxIds.includes(r.mailbox_id as string))
        existing.mailboxIds.push(r.mailbox_id as string);
      continue;
    }
    merged.set(key, {
      kind: "event",
      at: r.at as string,
      mailboxIds: [r.mailbox_id as string],
      id: r.id as string,
      internetMessageId: null,
      subject: (r.subject as string) ?? "",
      from: (r.organizer_address as string | null) ?? null,
      fromName: (r.organizer_name as string | null) ?? null,
      to: parseJson<{ address: string }[]>(r.attendees_json as string, []).map((a) => a.address),
      label: null,
      confidence: null,
      evidence: [],
      start: r.start_at as string,
      end: r.end_at as string,
      cancelled: r.cancelled === 1,
    });
  }
  const items = [...merged.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    candidate: {
      id: c.id,
      primaryAddress: c.primary_address,
      addresses: parseJson<string[]>(c.addresses_json, []),
      name: c.name,
      role: c.role,
      team: c.team,
      firstActivityAt: c.first_activity_at,
      lastActivityAt: c.last_activity_at,
    },
    items,
  };
}

/**
 * Candidates (newest activity first) that have at least one finding inside the scope, paged by
 * an opaque cursor over (last activity, id).
 *
 * @example
 * await candidatesPage(env.DB, "acme", { kind: "tenant" }, null, 50)
 */
export async function candidatesPage(
  db: D1Database,
  tenantId: string,
  scope: FindingScope,
  cursor: FindingCursor | null,
  limit: number,
): Promise<{
  candidates: {
    id: string;
    primaryAddress: string;
    name: string | null;
    team: string | null;
    lastActivityAt: string | null;
  }[];
  nextCursor: string | null;
}> {
  const s = scopeSql(scope);
  const n = Math.min(Math.max(Math.floor(limit), 1), 200);
  const where = ["c.tenant_id = ?"];
  const params: unknown[] = [tenantId];
  if (scope.kind !== "tenant") {
    where.push(
      `EXISTS (SELECT 1 FROM findings f WHERE f.tenant_id = c.tenant_id AND f.candidate_id = c.id AND ${s.sql})`,
    );
    params.push(...s.params);
  }
  if (cursor) {
    where.push(
      "(COALESCE(c.last_activity_at, '') < ? OR (COALESCE(c.last_activity_at, '') = ? AND c.id < ?))",
    );
    params.push(cursor.since, cursor.since, cursor.key);
  }
  const res = await db
    .prepare(
      `SELECT c.id, c.primary_address, c.name, c.team, c.last_activity_at FROM candidates c WHERE ${where.join(" AND ")}
       ORDER BY COALESCE(c.last_activity_at, '') DESC, c.id DESC LIMIT ${n + 1}`,
    )
    .bind(...params)
    .all<{
      id: string;
      primary_address: string;
      name: string | null;
      team: string | null;
      last_activity_at: string | null;
    }>();
  const rows = res.results.slice(0, n);
  const last = rows[rows.length - 1];
  return {
    candidates: rows.map((r) => ({
      id: r.id,
      primaryAddress: r.primary_address,
      name: r.name,
      team: r.team,
      lastActivityAt: r.last_activity_at,
    })),
    nextCursor:
      res.results.length > n && last
        ? encodeCursor({ since: last.last_activity_at ?? "", key: last.id })
        : null,
  };
}

/**
 * Changes a monitored mailbox's team, role or enabled flag; false when there is no such mailbox.
 *
 * @example
 * await updateMailbox(env.DB, "acme", "jo", { enabled: false })
 */
export async function updateMailbox(
  db: D1Database,
  tenantId: string,
  mailboxId: string,
  patch: { team?: string | null; role?: string; enabled?: boolean },
): Promise<boolean> {
  const sets: string[] = [];
  const params: unknown[] = [];
  if (patch.team !== undefined) {
    sets.push("team = ?");
    params.push(patch.team);
  }
  if (patch.role !== undefined) {
    sets.push("role = ?");
    params.push(patch.role);
  }
  if (patch.enabled !== undefined) {
    sets.push("enabled = ?");
    params.push(patch.enabled ? 1 : 0);
  }
  if (sets.length === 0) return true;
  const res = await db
    .prepare(`UPDATE mailboxes SET ${sets.join(", ")} WHERE tenant_id = ? AND id = ?`)
    .bind(...params, tenantId, mailboxId)
    .run();
  return (res.meta.changes ?? 0) > 0;
}

/** Every finding type, for filter menus. */
export const ALL_FINDING_TYPES = FINDING_TYPES;
