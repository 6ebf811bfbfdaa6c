/**
 * Erasure of one candidate leaves no trace in any table (every text column of every row is
 * scanned for the address, the candidate id and the name), keeps everyone else's data, and is
 * logged by counts only.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { tenantRepository } from "../../src/storage/repository.ts";
import { drain, scenario } from "./scenario.ts";
import { admin, allTables, onboard } from "./support.ts";

const T = "er";
const AT = "2026-03-03T08:00:00Z";

async function rowsMentioning(needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const table of await allTables()) {
    const res = await env.DB.prepare(`SELECT * FROM ${table}`).all<Record<string, unknown>>();
    for (const row of res.results) {
      const text = JSON.stringify(row).toLowerCase();
      for (const n of needles)
        if (text.includes(n.toLowerCase())) hits.push(`${table}: ${text.slice(0, 160)}`);
    }
  }
  return hits;
}

describe("candidate erasure", () => {
  it("removes every message, event, candidate, finding, history, alert and report line naming the address", async () => {
    await onboard(T);
    await drain(T, scenario(), AT);
    const repo = tenantRepository(env.DB, T);
    const ann = (await repo.listCandidates()).find((c) => c.primaryAddress === "ann@example.org")!;
    const bob = (await repo.listCandidates()).find((c) => c.primaryAddress === "bob@example.net")!;
    const annFinding = (await repo.listFindings()).find((f) => f.candidateId === ann.id)!;
    await repo.setFindingStatus(
      annFinding.key,
      "acknowledged",
      "user:hr@acme.com",
      AT,
      "called Ann Candidate",
    );
    await repo.recordAlert({
      id: "al-ann",
      findingKey: annFinding.key,
      candidateId: ann.id,
      stage: "risk",
      channel: "slack",
      sentAt: AT,
      outcome: "sent",
      detail: JSON.stringify({ text: "Ann Candidate (ann@example.org) waits" }),
    });
    await repo.saveReport({
      id: "weekly-1",
      team: null,
      periodStart: "2026-02-23T00:00:00Z",
      periodEnd: "2026-03-02T00:00:00Z",
      createdAt: AT,
      format: "json",
      body: JSON.stringify({
        open: [
          { candidate: "Ann Candidate", address: "ann@example.org", id: ann.id },
          { address: "bob@example.net" },
        ],
      }),
      lines: [
        { candidateId: ann.id, line: "ann@example.org,ghost_risk" },
        { candidateId: bob.id, line: "bob@example.net,invite_then_reject" },
        { candidateId: null, line: "summary naming ann@example.org" },
      ],
    });
    const needles = ["ann@example.org", ann.id, "Ann Candidate"];
    expect((await rowsMentioning(needles)).length).toBeGreaterThan(10);

    const res = await admin(
      "POST",
      `/tenants/${T}/erasure`,
      { address: "Ann@Example.org" },
      { "x-ghostwatch-clock": AT },
    );
    expect(res.status).toBe(200);
    expect(res.body.erased).toMatchObject({ messages: 2, candidates: 1, reportsRedacted: 1 });

    expect(await rowsMentioning(needles)).toEqual([]);
    // Everyone else is intact.
    expect((await repo.countItems()).messages).toBe(3);
    expect((await repo.listFindings()).some((f) => f.candidateId === bob.id)).toBe(true);
    expect((await repo.getReport("weekly-1"))?.lines.map((l) => l.line)).toEqual([
      "bob@example.net,invite_then_reject",
    ]);
    expect((await repo.getReport("weekly-1"))?.body).toContain("bob@example.net");
    // The audit log says what was removed, never whom.
    const log = (await repo.listAuditLog()).find((e) => e.action === "candidate.erase")!;
    expect(log.detail).toMatchObject({ messages: 2, candidates: 1 });
    expect(JSON.stringify(log)).not.toContain("ann");

    const again = await admin("POST", `/tenants/${T}/erasure`, { address: "ann@example.org" });
    expect(again.body.erased).toMatchObject({ messages: 0, candidates: 0, findings: 0 });
  });

  it("refuses a request without a valid address, naming the field", async () => {
    await onboard("er2");
    const res = await admin("POST", "/tenants/er2/erasure", { address: "not-an-address" });
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual(["address: expected the candidate's mail address"]);
  });
});
