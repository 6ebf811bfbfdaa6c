/**
 * The per-mailbox coordinator (Durable Object) against real D1, with a small in-test source that
 * yields real `SyncPage`s: findings open, escalate with the clock and auto-resolve; a duplicate
 * delivery, an eviction mid-round, a crash mid-slice, a provider throttle and a forced re-sync
 * all end with exactly the rows a clean run produces.
 */
import {
  createExecutionContext,
  createMessageBatch,
  env,
  evictDurableObject,
  getQueueResult,
} from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { MailboxSyncSource } from "../../connectors/types.ts";
import { tenantRepository } from "../../src/storage/repository.ts";
import worker from "../../src/worker/index.ts";
import { annConfirmation, BIG, drain, scenario, slice, stub } from "./scenario.ts";
import { admin, dumpTenant, onboard } from "./support.ts";

const T1 = "2026-03-03T08:00:00Z"; // Tuesday, past the 80% warning point of Ann's schedule SLA
const T2 = "2026-03-03T11:00:00Z"; // past the deadline (Tuesday 10:00)
const T3 = "2026-03-03T13:00:00Z"; // after Jo's confirmation at 12:00

describe("findings lifecycle through the coordinator", () => {
  it("opens ghost_risk, escalates it to ghosted as the clock moves, and auto-resolves on the reply", async () => {
    const t = "life";
    await onboard(t);
    const source = scenario();
    const first = await drain(t, source, T1);
    expect(first.at(-1)?.status).toBe("done");
    const repo = tenantRepository(env.DB, t);
    const open = await repo.listFindings({ status: "open" });
    const risk = open.find((f) => f.type === "ghost_risk");
    expect(risk?.candidateAddress).toBe("ann@example.org");
    expect(risk?.dueAt).toBe("2026-03-03T10:00:00.000Z");
    expect(
      open.some((f) => f.type === "invite_then_reject" && f.candidateAddress === "bob@example.net"),
    ).toBe(true);
    expect(open.some((f) => f.candidateAddress === "carol@example.com")).toBe(false);

    // A person acknowledges the risk; the acknowledgement survives the escalation.
    const ack = await admin(
      "POST",
      `/tenants/${t}/findings/${encodeURIComponent(risk!.key)}/status`,
      { status: "acknowledged", note: "on it" },
      { "x-ghostwatch-actor": "hr@acme.com", "x-ghostwatch-clock": "2026-03-03T08:30:00Z" },
    );
    expect(ack.status).toBe(200);

    // No new mail: the hourly tick re-audits with the clock past the deadline.
    const batch = createMessageBatch("ghostwatch-sync", [
      { id: "tick-1", timestamp: new Date(T2), attempts: 1, body: { kind: "tick", tenantId: t, at: T2 } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(["tick-1"]);
    const ghostedKey = risk!.key.replace(/^ghost_risk:/, "ghosted:");
    const ghosted = await repo.getFinding(ghostedKey);
    expect(ghosted?.type).toBe("ghosted");
    expect(ghosted?.status).toBe("acknowledged");
    expect(await repo.getFinding(risk!.key)).toBeNull();

    // Jo's confirmation arrives: the next sync auto-resolves the finding.
    source.add(annConfirmation());
    const second = await drain(t, source, T3);
    expect(second.at(-1)).toMatchObject({ status: "done", messages: 1 });
    expect((await repo.getFinding(ghostedKey))?.status).toBe("auto_resolved");

    const history = await repo.findingHistory(ghostedKey);
    expect(history.map((h) => [h.change, h.actor, h.fromStatus, h.toStatus])).toEqual([
      ["opened", "system:sync", null, "open"],
      ["status", "user:hr@acme.com", "open", "acknowledged"],
      ["escalated", "system:clock", "acknowledged", "acknowledged"],
      ["auto_resolved", "system:sync", "acknowledged", "auto_resolved"],
    ]);
    expect(history[2]).toMatchObject({
      fromType: "ghost_risk",
      toType: "ghosted",
      at: "2026-03-03T11:00:00.000Z",
    });
  });

  it("stores metadata only: no body text, links or headers reach D1", async () => {
    const t = "meta";
    await onboard(t);
    await drain(t, scenario(), T1);
    const rows = await env.DB.prepare("SELECT * FROM messages WHERE tenant_id = ?").bind(t).all();
    expect(rows.results.length).toBe(5);
    const text = JSON.stringify(rows.results);
    // Evidence keeps the short matched phrase (SPEC), never the text around it.
    expect(text).not.toContain("Could you share your availability for next week");
    expect(text).not.toContain("with your application.");
    expect(text).not.toContain("Hi Ann");
    expect(Object.keys(rows.results[0] ?? {})).not.toContain("excerpt");
    const bob = rows.results.find((r) => r.id === "m-bob-2");
    expect(bob).toMatchObject({ label: "rejection", from_address: "jo@acme.com" });
  });
});

describe("recovery ends in the state of a clean run", () => {
  it("a duplicate delivery (concurrent and sequential) changes nothing", async () => {
    await onboard("dup-clean");
    await onboard("dup");
    await drain("dup-clean", scenario(), T1);
    const source = scenario();
    const [a, b] = await Promise.all([slice("dup", source, T1), slice("dup", source, T1)]);
    expect([a.status, b.status].sort()).toEqual(["busy", "done"]);
    const again = await slice("dup", source, T1);
    expect(again).toMatchObject({ status: "done", messages: 0, findingChanges: 0 });
    expect(await dumpTenant("dup")).toEqual(await dumpTenant("dup-clean"));
  });

  it("an eviction between slices and a crash mid-slice resume from the stored cursor", async () => {
    await onboard("cut-clean");
    await onboard("cut");
    await drain("cut-clean", scenario(1), T1);
    const source = scenario(1);
    const part = await slice("cut", source, T1, { ...BIG, maxPages: 2 });
    expect(part).toMatchObject({ status: "more", pages: 2 });
    await evictDurableObject(stub("cut"));

    // The connection dies after one more page.
    const crashing: MailboxSyncSource = {
      async *pages(cursor, options) {
        let n = 0;
        for await (const page of source.pages(cursor, options)) {
          if (n++ === 1) throw new Error("connection reset by peer");
          yield page;
        }
      },
    };
    await expect(slice("cut", crashing, T1)).rejects.toThrow("connection reset by peer");
    const status = await tenantRepository(env.DB, "cut").getSyncStatus("jo");
    expect(status).toMatchObject({ state: "error", consecutiveFailures: 1 });
    expect(status?.lastError).toContain("connection reset by peer");
    await evictDurableObject(stub("cut"));

    const rest = await drain("cut", source, T1);
    expect(rest.at(-1)?.status).toBe("done");
    expect(await tenantRepository(env.DB, "cut").getSyncStatus("jo")).toMatchObject({
      state: "idle",
      lastError: null,
      consecutiveFailures: 0,
    });
    expect(await dumpTenant("cut")).toEqual(await dumpTenant("cut-clean"));
  });

  it("a long Retry-After records a back-off, waits it out without calling the provider, then resumes", async () => {
    const T = "2026-03-03T09:00:00Z";
    await onboard("thr-clean");
    await onboard("thr");
    await drain("thr-clean", scenario(1), T);
    const source = scenario(1);
    source.throttle = { at: 2, retryAfterMs: 2 * 3600_000 };
    const hit = await slice("thr", source, "2026-03-03T06:00:00Z");
    expect(hit).toMatchObject({ status: "backoff", pages: 2 });
    // Two hours of provider wait, in the frame of the sync clock (± the test's own run time).
    expect(Math.abs(Date.parse(hit.retryAt!) - Date.parse("2026-03-03T08:00:00Z"))).toBeLessThan(60_000);
    const status = await tenantRepository(env.DB, "thr").getSyncStatus("jo");
    expect(status).toMatchObject({ state: "backoff", nextAttemptAt: hit.retryAt });
    expect(status?.lastError).toMatch(/provider asked us to wait 120 min \(HTTP 429\): Too many requests/);
    const calls = source.calls;
    expect(await slice("thr", source, "2026-03-03T07:00:00Z")).toMatchObject({ status: "backoff" });
    expect(source.calls).toBe(calls);
    const resumed = await drain("thr", source, T);
    expect(resumed.at(-1)?.status).toBe("done");
    expect(await dumpTenant("thr")).toEqual(await dumpTenant("thr-clean"));
  });

  it("a forced re-sync (reset) removes what the provider no longer returns", async () => {
    await onboard("rs-clean");
    await onboard("rs");
    const clean = scenario();
    clean.messages = clean.messages.filter((m) => m.id !== "m-carol-1");
    await drain("rs-clean", clean, T1);
    const source = scenario();
    await drain("rs", source, T1);
    source.messages = source.messages.filter((m) => m.id !== "m-carol-1");
    source.resync();
    const r = await drain("rs", source, T1);
    expect(r.at(-1)?.status).toBe("done");
    const a = await dumpTenant("rs");
    const b = await dumpTenant("rs-clean");
    for (const table of [
      "messages",
      "events",
      "item_addresses",
      "candidates",
      "candidate_addresses",
      "candidate_items",
    ]) {
      expect(a[table], table).toEqual(b[table]);
    }
  });

  it("a removal delivered in a delta deletes the row and re-audits its candidate", async () => {
    await onboard("rm");
    const source = scenario();
    await drain("rm", source, T1);
    const repo = tenantRepository(env.DB, "rm");
    expect(
      (await repo.listFindings({ status: "open" })).some((f) => f.candidateAddress === "bob@example.net"),
    ).toBe(true);
    source.remove("m-bob-2");
    await drain("rm", source, T1);
    expect(await repo.getMessage("jo", "m-bob-2")).toBeNull();
    const bob = (await repo.listFindings()).filter((f) => f.candidateAddress === "bob@example.net");
    expect(bob.find((f) => f.type === "invite_then_reject")?.status).toBe("auto_resolved");
  });
});
