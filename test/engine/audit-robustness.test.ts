import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.ts";
import { TenantSettings } from "../../src/engine/settings.ts";
import { ANA, JO } from "./support/people.ts";
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
});
