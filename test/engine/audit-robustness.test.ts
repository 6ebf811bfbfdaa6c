import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.ts";
import { Finding } from "../../src/engine/model.ts";
import { TenantSettings } from "../../src/engine/settings.ts";
import { ANA, BEN, CHLOE, JO, KIM, MAX, SAM } from "./support/people.ts";
import { acmeTeam } from "./support/scenario.ts";

describe("audit robustness", () => {
  it("names a failing classifier in the warnings and carries on with the other messages", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" })
      .message({
        id: "ok",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
      })
      .message({
        id: "boom",
        in: "mb-jo",
        from: ANA,
        to: [JO],
        at: "2026-03-03T10:00:00Z",
        subject: "Re: Interview",
        label: "candidate_reply",
      });
    const r = s.run(undefined, (m, ctx) => {
      if (m.internetMessageId === "<boom@mail.test>") throw new Error("model not loaded");
      return s.classify(m, ctx);
    });
    expect(r.warnings).toEqual([
      expect.stringContaining("<boom@mail.test>: classifier failed (model not loaded)"),
    ]);
    expect(r.timelines[0]?.items).toHaveLength(2);
  });

  it("skips a message with an unreadable time with a warning naming it", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" }).message({
      id: "ok",
      in: "mb-jo",
      from: JO,
      to: [ANA],
      at: "2026-03-02T10:00:00Z",
      subject: "Interview",
      label: "scheduling_request",
    });
    s.messages.push({
      ...(s.messages[0] as (typeof s.messages)[number]),
      id: "bad",
      internetMessageId: "<bad@x>",
      sentAt: "yesterday",
      receivedAt: "yesterday",
    });
    const r = s.run();
    expect(r.warnings).toEqual([expect.stringContaining("mb-jo/bad: unreadable time yesterday")]);
    expect(r.stats.uniqueMessages).toBe(1);
  });

  it("reports an unknown holiday code once in the result's warnings", () => {
    const settings = TenantSettings.parse({ orgDomains: ["acme.com"], holidays: { countries: ["ZZ"] } });
    const r = audit(
      { mailboxes: [], messages: [], events: [] },
      { settings, classify: () => ({ label: "other", confidence: 1, evidence: [] }), now: new Date() },
    );
    expect(r.warnings).toEqual([expect.stringContaining("unknown country/region code ZZ")]);
    expect(r.findings).toEqual([]);
  });

  it("returns an empty, well-formed result for empty input", () => {
    const s = acmeTeam({ now: "2026-03-06T12:00:00Z" });
    expect(s.run()).toEqual({
      timelines: [],
      findings: [],
      obligations: [],
      warnings: [],
      stats: {
        messages: 0,
        uniqueMessages: 0,
        events: 0,
        uniqueEvents: 0,
        candidates: 0,
        findings: 0,
        findingsByType: {},
      },
    });
  });

  it("produces findings that satisfy the Finding schema (what storage and alerts validate)", () => {
    const r = acmeTeam({ now: "2026-03-20T12:00:00+01:00" })
      .message({
        id: "i1",
        in: "mb-jo",
        from: JO,
        to: [ANA],
        at: "2026-03-02T10:00:00+01:00",
        subject: "Interview",
        label: "scheduling_request",
        role: "Data Analyst",
      })
      .message({
        id: "r1",
        in: "mb-sam",
        from: SAM,
        to: [ANA],
        at: "2026-03-02T12:00:00+01:00",
        subject: "Application",
        label: "rejection",
      })
      .message({
        id: "q1",
        in: "mb-sam",
        from: ANA,
        to: [SAM],
        at: "2026-03-03T12:00:00+01:00",
        subject: "Why?",
        label: "candidate_inquiry",
      })
      .message({
        id: "i2",
        in: "mb-kim",
        from: KIM,
        to: [BEN],
        at: "2026-03-02T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        role: "Data Analyst",
      })
      .message({
        id: "i3",
        in: "mb-kim",
        from: KIM,
        to: [CHLOE],
        at: "2026-03-03T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        role: "Data Analyst",
      })
      .message({
        id: "i4",
        in: "mb-max",
        from: MAX,
        to: ["Dev Patel <dev.patel@example.in>"],
        at: "2026-03-04T10:00:00Z",
        subject: "Interview",
        label: "scheduling_request",
        role: "Data Analyst",
      })
      .message({
        id: "b4",
        in: "mb-max",
        from: "mailer-daemon@example.in",
        to: [MAX],
        at: "2026-03-04T10:01:00Z",
        subject: "Undeliverable",
        label: "bounce",
        bouncedRecipients: ["dev.patel@example.in"],
      })
      .run();
    const types = new Set(r.findings.map((f) => f.type));
    expect([...types].sort()).toEqual([
      "conflicting_messages",
      "invite_then_reject",
      "requisition_stall",
      "stalled_scheduling",
      "unanswered_feedback_request",
      "undelivered",
    ]);
    for (const f of r.findings) expect(Finding.safeParse(f).success, f.key).toBe(true);
  });
});
