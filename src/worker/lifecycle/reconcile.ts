/**
 * The findings lifecycle as a pure function: what the engine produced now, against what is
 * stored, gives the list of changes to apply (and to record in the history table).
 *
 * Rules (issue #6):
 * - a finding the engine produces and storage does not know → `open`;
 * - same key, evidence/severity/due/people/text changed → `update` (status kept);
 * - a `ghosted` finding whose `ghost_risk` twin (same candidate and anchor) is stored → `escalate`:
 *   the stored row takes the new key and type, its status (open/acknowledged) is kept;
 * - a stored open/acknowledged finding, in scope, that the engine no longer produces (later
 *   evidence repaired it) → `auto_resolve`;
 * - a stored `auto_resolved` finding the engine produces again → `reopen`;
 * - human `acknowledged` / `resolved` are never changed by the system.
 */
import type { Finding, FindingStatus, FindingType } from "../../engine/model.ts";

/** A finding as stored, with its lifecycle timestamps. */
export interface StoredFinding extends Finding {
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export type FindingChange =
  | { kind: "open"; finding: Finding }
  | { kind: "update"; key: string; finding: Finding; fields: string[] }
  | { kind: "escalate"; fromKey: string; finding: Finding; fromType: FindingType; status: FindingStatus }
  | { kind: "reopen"; key: string; finding: Finding }
  | { kind: "auto_resolve"; key: string; fromStatus: FindingStatus };

export interface ReconcileScope {
  /** Candidates whose whole timeline the audit saw: only their stored findings may auto-resolve. */
  candidateIds: ReadonlySet<string>;
  /** Only a tenant-wide audit may close `requisition_stall` (it spans several candidates). */
  includeRequisitionStall: boolean;
}

/** Fields compared to decide an `update` (status and lifecycle times excluded). */
const CONTENT_FIELDS = [
  "severity",
  "dueAt",
  "since",
  "people",
  "evidence",
  "obligation",
  "title",
  "summary",
  "repair",
  "repairLanguage",
  "candidateAddress",
  "candidateName",
  "role",
  "team",
] as const satisfies readonly (keyof Finding)[];

/**
 * Names the content fields that differ between two versions of a finding.
 *
 * @example
 * changedFields(stored, { ...stored, severity: "high" }) // ["severity"]
 */
export function changedFields(before: Finding, after: Finding): string[] {
  return CONTENT_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));
}

const ACTIVE: readonly FindingStatus[] = ["open", "acknowledged"];

/**
 * Reconciles engine findings with stored ones, by stable key.
 *
 * @example
 * const changes = reconcileFindings(result.findings, stored, { candidateIds: new Set(["c_1"]), includeRequisitionStall: false });
 * // [{ kind: "open", finding }, { kind: "auto_resolve", key: "ghosted:c_1:<m1>", fromStatus: "open" }]
 */
export function reconcileFindings(
  engine: readonly Finding[],
  stored: readonly StoredFinding[],
  scope: ReconcileScope,
): FindingChange[] {
  const storedByKey = new Map(stored.map((s) => [s.key, s]));
  const produced = new Set<string>();
  const consumed = new Set<string>();
  const changes: FindingChange[] = [];
  const sorted = [...engine].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const f of sorted) {
    if (produced.has(f.key)) continue;
    produced.add(f.key);
    const existing = storedByKey.get(f.key);
    if (existing) {
      consumed.add(f.key);
      if (existing.status === "auto_resolved") {
        changes.push({ kind: "reopen", key: f.key, finding: f });
        continue;
      }
      const fields = changedFields(existing, f);
      if (fields.length > 0) changes.push({ kind: "update", key: f.key, finding: f, fields });
      continue;
    }
    if (f.type === "ghosted") {
      const riskKey = `ghost_risk:${f.candidateId}:${f.anchorId}`;
      const risk = storedByKey.get(riskKey);
      if (risk && ACTIVE.includes(risk.status) && !engine.some((e) => e.key === riskKey)) {
        consumed.add(riskKey);
        changes.push({
          kind: "escalate",
          fromKey: riskKey,
          finding: f,
          fromType: risk.type,
          status: risk.status,
        });
        continue;
      }
    }
    changes.push({ kind: "open", finding: f });
  }
  for (const s of stored) {
    if (consumed.has(s.key) || produced.has(s.key)) continue;
    if (!ACTIVE.includes(s.status)) continue;
    if (
      s.type === "requisition_stall" ? !scope.includeRequisitionStall : !scope.candidateIds.has(s.candidateId)
    )
      continue;
    changes.push({ kind: "auto_resolve", key: s.key, fromStatus: s.status });
  }
  return changes;
}
