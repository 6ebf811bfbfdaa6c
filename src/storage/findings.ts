/**
 * Finding rows ↔ engine findings, and the D1 statements that apply lifecycle changes with their
 * history entries.
 */
import type { Finding, FindingStatus } from "../engine/model.ts";
import type { FindingChange, StoredFinding } from "../worker/lifecycle/reconcile.ts";
import { parseJson } from "./sql.ts";

export interface FindingRow {
  key: string;
  type: string;
  candidate_id: string;
  candidate_address: string;
  candidate_name: string | null;
  role: string | null;
  team: string | null;
  people_json: string;
  severity: string;
  anchor_id: string;
  since: string;
  due_at: string | null;
  obligation: string | null;
  status: string;
  title: string;
  summary: string;
  evidence_json: string;
  repair: string;
  repair_language: string;
  opened_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface HistoryEntry {
  findingKey: string;
  seq: number;
  at: string;
  actor: string;
  change: string;
  fromStatus: string | null;
  toStatus: string;
  fromType: string | null;
  toType: string | null;
  note: string | null;
}

/**
 * A stored row as the lifecycle sees it.
 *
 * @example
 * rowToFinding(row).status // "open"
 */
export function rowToFinding(r: FindingRow): StoredFinding {
  const f: StoredFinding = {
    key: r.key,
    type: r.type as Finding["type"],
    candidateId: r.candidate_id,
    candidateAddress: r.candidate_address,
    people: parseJson<string[]>(r.people_json, []),
    severity: r.severity as Finding["severity"],
    anchorId: r.anchor_id,
    since: r.since,
    dueAt: r.due_at,
    status: r.status as FindingStatus,
    title: r.title,
    summary: r.summary,
    evidence: parseJson<Finding["evidence"]>(r.evidence_json, []),
    repair: r.repair,
    repairLanguage: r.repair_language,
    openedAt: r.opened_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
  if (r.candidate_name !== null) f.candidateName = r.candidate_name;
  if (r.role !== null) f.role = r.role;
  if (r.team !== null) f.team = r.team;
  if (r.obligation !== null) f.obligation = r.obligation as Finding["obligation"];
  return f;
}

/** Content columns in the order `contentValues` binds them. */
const CONTENT_COLUMNS = [
  "type",
  "candidate_id",
  "candidate_address",
  "candidate_name",
  "role",
  "team",
  "people_json",
  "severity",
  "anchor_id",
  "since",
  "due_at",
  "obligation",
  "title",
  "summary",
  "evidence_json",
  "repair",
  "repair_language",
] as const;

function contentValues(f: Finding): (string | null)[] {
  return [
    f.type,
    f.candidateId,
    f.candidateAddress,
    f.candidateName ?? null,
    f.role ?? null,
    f.team ?? null,
    JSON.stringify(f.people),
    f.severity,
    f.anchorId,
    f.since,
    f.dueAt,
    f.obligation ?? null,
    f.title,
    f.summary,
    JSON.stringify(f.evidence),
    f.repair,
    f.repairLanguage ?? "en",
  ];
}

const SET_CONTENT = CONTENT_COLUMNS.map((c) => `${c} = ?`).join(", ");

/**
 * One history row; `seq` is the next number for the finding, computed in the same statement.
 *
 * @example
 * historyStatement(db, "t1", { findingKey: "ghosted:c1:m1", at, actor: "system:sync", change: "opened", toStatus: "open" })
 */
export function historyStatement(
  db: D1Database,
  tenantId: string,
  h: Omit<HistoryEntry, "seq" | "fromStatus" | "fromType" | "toType" | "note"> &
    Partial<Pick<HistoryEntry, "fromStatus" | "fromType" | "toType" | "note">>,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO finding_history (tenant_id, finding_key, seq, at, actor, change, from_status, to_status, from_type, to_type, note)
       VALUES (?1, ?2, (SELECT COALESCE(MAX(seq), 0) + 1 FROM finding_history WHERE tenant_id = ?1 AND finding_key = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(
      tenantId,
      h.findingKey,
      h.at,
      h.actor,
      h.change,
      h.fromStatus ?? null,
      h.toStatus,
      h.fromType ?? null,
      h.toType ?? null,
      h.note ?? null,
    );
}

/**
 * The D1 statements that apply lifecycle changes and record each in `finding_history`.
 *
 * @example
 * await db.batch(changeStatements(db, "t1", changes, "system:sync", now.toISOString()));
 */
export function changeStatements(
  db: D1Database,
  tenantId: string,
  changes: readonly FindingChange[],
  actor: string,
  at: string,
): D1PreparedStatement[] {
  const out: D1PreparedStatement[] = [];
  for (const c of changes) {
    switch (c.kind) {
      case "open": {
        const f = c.finding;
        out.push(
          db
            .prepare(
              `INSERT INTO findings (tenant_id, key, ${CONTENT_COLUMNS.join(", ")}, status, opened_at, updated_at, closed_at)
               VALUES (?, ?, ${CONTENT_COLUMNS.map(() => "?").join(", ")}, 'open', ?, ?, NULL)
               ON CONFLICT (tenant_id, key) DO NOTHING`,
            )
            .bind(tenantId, f.key, ...contentValues(f), at, at),
          historyStatement(db, tenantId, {
            findingKey: f.key,
            at,
            actor,
            change: "opened",
            toStatus: "open",
            toType: f.type,
          }),
        );
        break;
      }
      case "update":
        out.push(
          db
            .prepare(`UPDATE findings SET ${SET_CONTENT}, updated_at = ? WHERE tenant_id = ? AND key = ?`)
            .bind(...contentValues(c.finding), at, tenantId, c.key),
          db
            .prepare(
              `INSERT INTO finding_history (tenant_id, finding_key, seq, at, actor, change, from_status, to_status, note)
               SELECT tenant_id, key, (SELECT COALESCE(MAX(seq), 0) + 1 FROM finding_history h WHERE h.tenant_id = f.tenant_id AND h.finding_key = f.key),
                      ?, ?, 'updated', status, status, ? FROM findings f WHERE f.tenant_id = ? AND f.key = ?`,
            )
            .bind(at, actor, `changed: ${c.fields.join(", ")}`, tenantId, c.key),
        );
        break;
      case "escalate":
        out.push(
          db
            .prepare(
              `UPDATE findings SET key = ?, ${SET_CONTENT}, updated_at = ? WHERE tenant_id = ? AND key = ?`,
            )
            .bind(c.finding.key, ...contentValues(c.finding), at, tenantId, c.fromKey),
          db
            .prepare("UPDATE finding_history SET finding_key = ? WHERE tenant_id = ? AND finding_key = ?")
            .bind(c.finding.key, tenantId, c.fromKey),
          historyStatement(db, tenantId, {
            findingKey: c.finding.key,
            at,
            actor,
            change: "escalated",
            fromStatus: c.status,
            toStatus: c.status,
            fromType: c.fromType,
            toType: c.finding.type,
            note: `deadline ${c.finding.dueAt ?? "(none)"} passed`,
          }),
        );
        break;
      case "reopen":
        out.push(
          db
            .prepare(
              `UPDATE findings SET ${SET_CONTENT}, status = 'open', updated_at = ?, closed_at = NULL WHERE tenant_id = ? AND key = ?`,
            )
            .bind(...contentValues(c.finding), at, tenantId, c.key),
          historyStatement(db, tenantId, {
            findingKey: c.key,
            at,
            actor,
            change: "reopened",
            fromStatus: "auto_resolved",
            toStatus: "open",
          }),
        );
        break;
      case "auto_resolve":
        out.push(
          db
            .prepare(
              "UPDATE findings SET status = 'auto_resolved', updated_at = ?, closed_at = ? WHERE tenant_id = ? AND key = ?",
            )
            .bind(at, at, tenantId, c.key),
          historyStatement(db, tenantId, {
            findingKey: c.key,
            at,
            actor,
            change: "auto_resolved",
            fromStatus: c.fromStatus,
            toStatus: "auto_resolved",
            note: "no longer produced by the audit: later evidence repaired it",
          }),
        );
        break;
    }
  }
  return out;
}
