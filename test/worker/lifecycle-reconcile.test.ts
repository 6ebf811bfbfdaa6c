/**
 * The findings lifecycle as a pure function: open, update, escalate ghost_risk → ghosted,
 * auto-resolve when the engine stops producing a finding, reopen, and human states kept.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/engine/model.ts";
import {
  changedFields,
  reconcileFindings,
  type StoredFinding,
} from "../../src/worker/lifecycle/reconcile.ts";

function finding(over: Partial<Finding> = {}): Finding {
  const type = over.type ?? "ghost_risk";
  const candidateId = over.candidateId ?? "c_1";
  const anchorId = over.anchorId ?? "<m1@example.org>";
  return {
    key: `${type}:${candidateId}:${anchorId}`,
    type,
    candidateId,
    candidateAddress: "ann@example.org",
    people: ["jo@acme.com"],
    severity: "medium",
    anchorId,
    since: "2026-03-02T09:00:00Z",
    dueAt: "2026-03-04T09:00:00Z",
    obligation: "reply_to_candidate",
    status: "open",
    title: "Ann waits for a reply",
    summary: "Ann replied on 2 March.",
    evidence: [
      { kind: "message", id: anchorId, at: "2026-03-02T09:00:00Z", mailboxIds: ["mb1"], note: "reply" },
    ],
    repair: "Hi Ann, …",
    repairLanguage: "en",
    ...over,
  };
}

function stored(f: Finding, over: Partial<StoredFinding> = {}): StoredFinding {
  return {
    ...f,
    openedAt: "2026-03-03T00:00:00Z",
    updatedAt: "2026-03-03T00:00:00Z",
    closedAt: null,
    ...over,
  };
}

const scope = { candidateIds: new Set(["c_1"]), includeRequisitionStall: false };

describe("reconcileFindings", () => {
  it("opens a finding storage does not know, and nothing when it is already stored unchanged", () => {
    const f = finding();
    expect(reconcileFindings([f], [], scope)).toEqual([{ kind: "open", finding: f }]);
    expect(reconcileFindings([f], [stored(f)], scope)).toEqual([]);
  });

  it("updates when due time, severity or evidence change, naming the fields, and keeps the status", () => {
    const before = stored(finding(), { status: "acknowledged" });
    const after = finding({ dueAt: "2026-03-05T09:00:00Z", severity: "high" });
    const changes = reconcileFindings([after], [before], scope);
    expect(changes).toEqual([
      { kind: "update", key: after.key, finding: after, fields: ["severity", "dueAt"] },
    ]);
    expect(changedFields(before, { ...before, evidence: [] })).toEqual(["evidence"]);
  });

  it("escalates a stored ghost_risk to ghosted on the same candidate and anchor", () => {
    const risk = stored(finding(), { status: "acknowledged" });
    const ghosted = finding({ type: "ghosted" });
    expect(reconcileFindings([ghosted], [risk], scope)).toEqual([
      {
        kind: "escalate",
        fromKey: risk.key,
        finding: ghosted,
        fromType: "ghost_risk",
        status: "acknowledged",
      },
    ]);
    // Another anchor is a new situation, not an escalation.
    const other = finding({ type: "ghosted", anchorId: "<m2@example.org>" });
    expect(reconcileFindings([other], [risk], scope).map((c) => c.kind)).toEqual(["open", "auto_resolve"]);
  });

  it("auto-resolves active findings of audited candidates that the engine no longer produces", () => {
    const open = stored(finding());
    const ack = stored(finding({ type: "stalled_scheduling", obligation: "nudge_scheduling" }), {
      status: "acknowledged",
    });
    expect(reconcileFindings([], [open, ack], scope)).toEqual([
      { kind: "auto_resolve", key: open.key, fromStatus: "open" },
      { kind: "auto_resolve", key: ack.key, fromStatus: "acknowledged" },
    ]);
  });

  it("keeps findings of candidates outside the audited scope, and human-resolved ones", () => {
    const elsewhere = stored(finding({ candidateId: "c_2" }));
    const resolved = stored(finding(), { status: "resolved" });
    expect(reconcileFindings([], [elsewhere, resolved], scope)).toEqual([]);
  });

  it("closes requisition_stall only in a tenant-wide audit", () => {
    const stall = stored(finding({ type: "requisition_stall", candidateId: "role:backend" }));
    expect(reconcileFindings([], [stall], scope)).toEqual([]);
    expect(reconcileFindings([], [stall], { ...scope, includeRequisitionStall: true })).toEqual([
      { kind: "auto_resolve", key: stall.key, fromStatus: "open" },
    ]);
  });

  it("reopens an auto-resolved finding the engine produces again; never touches a human resolution", () => {
    const f = finding();
    expect(reconcileFindings([f], [stored(f, { status: "auto_resolved" })], scope)).toEqual([
      { kind: "reopen", key: f.key, finding: f },
    ]);
    expect(reconcileFindings([f], [stored(f, { status: "resolved" })], scope)).toEqual([]);
  });
});
