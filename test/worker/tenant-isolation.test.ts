/**
 * Cross-tenant reads and writes are impossible through every repository function: tenant A's
 * repository, asked with tenant B's ids, addresses and keys, returns nothing of B and changes
 * nothing of B. The test fails when a repository function is added without being covered here.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { tenantRepository } from "../../src/storage/repository.ts";
import { drain, scenario } from "./scenario.ts";
import { admin, allTables, onboard } from "./support.ts";

const A = "iso-a";
const B = "iso-b";
const AT = "2026-03-03T08:00:00Z";

/** Every row of every table that belongs to B (the tenants row included). */
async function everythingOfB(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of await allTables()) {
    const col = table === "tenants" ? "id" : "tenant_id";
    const res = await env.DB.prepare(`SELECT * FROM ${table} WHERE ${col} = ? ORDER BY 1, 2, 3`)
      .bind(B)
      .all()
      .catch(() => null);
    if (res) out[table] = res.results;
  }
  return out;
}

let keyOfB = "";
let candidateOfB = "";

beforeAll(async () => {
  // B: full data. A: the same mailbox id, no data.
  await onboard(B, { secrets: { clientSecret: "b-secret" } });
  await onboard(A);
  await drain(B, scenario(), AT);
  const b = tenantRepository(env.DB, B);
  const finding = (await b.listFindings())[0]!;
  keyOfB = finding.key;
  candidateOfB = finding.candidateId;
  await b.recordAlert({
    id: "al-1",
    findingKey: keyOfB,
    candidateId: candidateOfB,
    stage: "risk",
    channel: "slack",
    sentAt: AT,
    outcome: "sent",
    detail: null,
  });
  await b.saveReport({
    id: "r-1",
    team: null,
    periodStart: "2026-02-23T00:00:00Z",
    periodEnd: "2026-03-02T00:00:00Z",
    createdAt: AT,
    format: "json",
    body: '{"closureRate":0.5}',
    lines: [{ candidateId: candidateOfB, line: "ann@example.org,ghost_risk" }],
  });
  await b.recordFailure({
    id: "f-1",
    mailboxId: "jo",
    kind: "sync",
    attempts: 6,
    body: "{}",
    recordedAt: AT,
  });
  await b.setFindingStatus(keyOfB, "acknowledged", "user:hr@b.example", AT);
});

describe("tenant A's repository never sees tenant B", () => {
  it("every read returns nothing of B", async () => {
    const a = tenantRepository(env.DB, A);
    const bAddresses = ["ann@example.org", "bob@example.net", "carol@example.com", "jo@acme.com"];
    const reads: Record<string, () => Promise<unknown>> = {
      getTenant: async () => (await a.getTenant())?.id === B,
      getSecret: () => a.getSecret("GRAPH_CLIENT_SECRET"),
      listMailboxes: async () => (await a.listMailboxes()).filter((m) => m.createdAt === "never"),
      getMailbox: async () => (await a.getMailbox("jo"))?.address !== "jo@acme.com",
      listSyncStatus: async () => (await a.listSyncStatus()).filter((s) => s.pagesSynced > 0),
      getSyncStatus: async () => ((await a.getSyncStatus("jo"))?.pagesSynced ?? 0) > 0,
      addressesOfItems: () => a.addressesOfItems("message", "jo", ["m-ann-1", "m-bob-2"]),
      itemsByAddresses: async () => {
        const r = await a.itemsByAddresses(bAddresses);
        return [...r.messages, ...r.events];
      },
      countItems: async () => {
        const c = await a.countItems();
        return c.messages + c.events;
      },
      getMessage: () => a.getMessage("jo", "m-ann-1"),
      candidateIdsByAddresses: () => a.candidateIdsByAddresses(bAddresses),
      addressesOfCandidates: () => a.addressesOfCandidates([candidateOfB]),
      timeSensitiveCandidateIds: () => a.timeSensitiveCandidateIds("2000-01-01T00:00:00Z"),
      listCandidates: () => a.listCandidates(),
      candidateTimelineItems: () => a.candidateTimelineItems(candidateOfB),
      findingsForCandidates: () => a.findingsForCandidates([candidateOfB]),
      findingsOfType: async () => [
        ...(await a.findingsOfType("ghost_risk")),
        ...(await a.findingsOfType("invite_then_reject")),
      ],
      getFinding: () => a.getFinding(keyOfB),
      listFindings: () => a.listFindings(),
      findingHistory: () => a.findingHistory(keyOfB),
      listAlerts: () => a.listAlerts(),
      getReport: () => a.getReport("r-1"),
      listReportIds: () => a.listReportIds(),
      listAuditLog: async () => (await a.listAuditLog()).filter((e) => JSON.stringify(e).includes(B)),
      listFailures: () => a.listFailures(),
      listSubscriptions: () => a.listSubscriptions(),
    };
    for (const [name, read] of Object.entries(reads)) {
      const v = await read();
      const empty = v === null || v === false || v === 0 || (Array.isArray(v) && v.length === 0);
      expect(empty, `${name} returned ${JSON.stringify(v)?.slice(0, 200)}`).toBe(true);
    }
    // The same reads through B's repository do find the data (the test can fail).
    const b = tenantRepository(env.DB, B);
    expect(await b.getMessage("jo", "m-ann-1")).not.toBeNull();
    expect((await b.candidateIdsByAddresses(bAddresses)).length).toBe(3);
    expect(await b.getFinding(keyOfB)).not.toBeNull();
    expect((await b.listAlerts()).length).toBe(1);

    const writes = await exerciseWrites();
    const covered = new Set([...Object.keys(reads), ...writes, "tenantId"]);
    expect(Object.keys(a).filter((k) => !covered.has(k))).toEqual([]);
  });

  it("the admin API refuses B's data to a request naming A", async () => {
    const r = await admin("GET", `/tenants/${A}/findings`);
    expect(r.body.findings).toEqual([]);
    const h = await admin("GET", `/tenants/${A}/findings/${encodeURIComponent(keyOfB)}/history`);
    expect(h.status).toBe(404);
    const s = await admin("POST", `/tenants/${A}/findings/${encodeURIComponent(keyOfB)}/status`, {
      status: "resolved",
    });
    expect(s.status).toBe(404);
    expect((await tenantRepository(env.DB, B).getFinding(keyOfB))?.status).toBe("acknowledged");
  });
});

/** Every write through A's repository with B's ids; B's rows must not change. Returns the names. */
async function exerciseWrites(): Promise<string[]> {
  const a = tenantRepository(env.DB, A);
  const before = await everythingOfB();
  const tenant = (await a.getTenant())!;
  await a.updateSettings(tenant.settings, AT);
  await a.putSecret("GRAPH_CLIENT_SECRET", { iv: "x", ciphertext: "y" }, AT);
  await a.addMailbox({ id: "jo2", address: "jo2@acme.com", provider: "microsoft", role: "recruiter" }, AT);
  await a.recordSync("jo", { state: "error", lastError: "x", pagesSynced: 99 });
  const write = await a.pageWrite(
    "jo",
    {
      stream: "mail",
      messages: [],
      events: [],
      removedMessageIds: ["m-ann-1", "m-bob-2"],
      removedEventIds: [],
      reset: true,
      complete: true,
      cursor: "{}",
      skipped: [],
      requests: 0,
    },
    [],
  );
  await env.DB.batch(write.statements);
  await a.dropUnconfirmed("jo", "mail");
  await env.DB.batch(await a.timelineStatements([], [candidateOfB]));
  await env.DB.batch(
    a.findingChangeStatements([{ kind: "auto_resolve", key: keyOfB, fromStatus: "open" }], "system:sync", AT),
  );
  await a.setFindingStatus(keyOfB, "resolved", "user:x@a.example", AT);
  await a.recordAlert({
    id: "al-1",
    findingKey: keyOfB,
    candidateId: candidateOfB,
    stage: "risk",
    channel: "slack",
    sentAt: AT,
    outcome: "failed",
    detail: null,
  });
  await a.saveReport({
    id: "r-1",
    team: null,
    periodStart: AT,
    periodEnd: AT,
    createdAt: AT,
    format: "json",
    body: "{}",
    lines: [],
  });
  await a.logAction("admin:token", "test", {}, AT);
  await a.recordFailure({
    id: "f-1",
    mailboxId: "jo",
    kind: "sync",
    attempts: 1,
    body: "{}",
    recordedAt: AT,
  });
  await a.purgeOlderThan("2100-01-01T00:00:00Z");
  await a.eraseAddress("ann@example.org");
  expect(await everythingOfB()).toEqual(before);
  return [
    "updateSettings",
    "putSecret",
    "addMailbox",
    "recordSync",
    "pageWrite",
    "dropUnconfirmed",
    "timelineStatements",
    "findingChangeStatements",
    "setFindingStatus",
    "recordAlert",
    "saveReport",
    "logAction",
    "recordFailure",
    "putSubscription",
    "deleteSubscription",
    "purgeOlderThan",
    "eraseAddress",
  ];
}
