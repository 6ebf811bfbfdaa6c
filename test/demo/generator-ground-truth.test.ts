/**
 * The demo generator: deterministic from its seed, and the engine's `audit` with the real
 * classifier finds exactly the planted breakdowns (every type, every candidate, every anchor)
 * and nothing on the clean timelines. Moving the clock turns the planted risks into `ghosted`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoEvents, demoMailboxes, demoMessages } from "../../src/demo/engine-data.ts";
import { generateDemo } from "../../src/demo/generate.ts";
import type { DemoTenant } from "../../src/demo/model.ts";
import { compareWithTruth, findingIdentity } from "../../src/demo/truth.ts";
import { audit } from "../../src/engine/audit.ts";
import { classify } from "../../src/engine/classifier/index.ts";
import { FINDING_TYPES } from "../../src/engine/model.ts";
import { TenantSettings } from "../../src/engine/settings.ts";
import { addBusinessDays } from "../../src/engine/sla/index.ts";

const NOW = "2026-11-25T14:00:00Z";

function auditTenant(t: DemoTenant, now: string) {
  return audit(
    { mailboxes: demoMailboxes(t), messages: demoMessages(t), events: demoEvents(t) },
    { settings: TenantSettings.parse(t.settings), classify, now: new Date(now) },
  );
}

describe("demo generator", () => {
  it("gives the same organisation for the same seed and another one for another seed", () => {
    const a = generateDemo({ seed: 7, now: NOW, candidatesPerTenant: 40 });
    const b = generateDemo({ seed: 7, now: NOW, candidatesPerTenant: 40 });
    const c = generateDemo({ seed: 8, now: NOW, candidatesPerTenant: 40 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    expect(c.tenants[0]?.candidates.map((x) => x.address)).not.toEqual(
      a.tenants[0]?.candidates.map((x) => x.address),
    );
  });

  it("never uses Math.random", () => {
    const dir = join(import.meta.dirname, "../../src/demo");
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".ts")))
      expect(readFileSync(join(dir, f), "utf8"), f).not.toMatch(/Math\.random\s*\(/);
  });

  it("builds a realistic organisation: both providers, teams, hundreds of candidates over 12 weeks, messy mail", () => {
    const demo = generateDemo({ seed: 1, now: NOW });
    expect(demo.tenants.map((t) => t.provider)).toEqual(["microsoft", "google"]);
    const total = demo.tenants.reduce((n, t) => n + t.candidates.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    for (const t of demo.tenants) {
      expect(new Set(t.people.map((p) => p.role))).toEqual(
        new Set(["recruiter", "coordinator", "hiring_manager", "service"]),
      );
      const times = t.mails.map((m) => Date.parse(m.sentAt));
      expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(NOW));
      expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(NOW) - 13 * 7 * 86_400_000);
      const intents = new Set(t.mails.map((m) => m.intent));
      for (const i of [
        "application_ack",
        "scheduling_request",
        "interview_confirmation",
        "interview_cancellation",
        "rejection",
        "offer",
        "candidate_reply",
        "candidate_inquiry",
        "candidate_withdrawal",
        "auto_reply",
        "bounce",
        "internal_forward",
        "booking_notification",
        "other",
      ])
        expect(intents, `${t.id} has ${i}`).toContain(i);
      // Copies across mailboxes (cc'd colleagues, ATS bcc) and interviews in two calendars.
      expect(t.mails.some((m) => m.copies.length >= 2)).toBe(true);
      expect(t.events.some((e) => e.calendars.length === 2)).toBe(true);
      // Rejections and invitations in several languages.
      expect(new Set(t.candidates.map((c) => c.language)).size).toBeGreaterThanOrEqual(5);
      // Every finding type is planted.
      expect(new Set(t.truth.map((x) => x.type))).toEqual(new Set(FINDING_TYPES));
    }
  });

  for (const [seed, size] of [
    [1, 160],
    [2, 160],
    [3, 24],
    [4, 24],
  ] as const) {
    it(`audit finds exactly the planted breakdowns (seed ${seed}, ${size} candidates per tenant)`, () => {
      const demo = generateDemo({ seed, now: NOW, candidatesPerTenant: size });
      for (const t of demo.tenants) {
        const result = auditTenant(t, demo.now);
        const cmp = compareWithTruth(result.findings.map(findingIdentity), t.truth);
        expect(cmp.missed, `${t.id}: planted but not found`).toEqual([]);
        expect(cmp.unexpected, `${t.id}: found but not planted`).toEqual([]);
        expect(cmp.recall).toBe(1);
        expect(cmp.precision).toBe(1);
        // Clean timelines produce no finding at all.
        const withFindings = new Set(result.findings.map((f) => f.candidateAddress));
        for (const c of t.candidates)
          if (!c.planted) expect(withFindings.has(c.address), c.story).toBe(false);
        expect(result.stats.candidates).toBe(t.candidates.length);
      }
    });
  }

  it("turns the planted risks into ghosted findings when the clock moves past their deadlines", () => {
    const demo = generateDemo({ seed: 5, now: NOW, candidatesPerTenant: 30 });
    for (const t of demo.tenants) {
      const later = addBusinessDays(new Date(NOW), 1, TenantSettings.parse(t.settings)).toISOString();
      const found = auditTenant(t, later).findings.map(findingIdentity);
      const risks = t.truth.filter((x) => x.type === "ghost_risk");
      expect(risks.length).toBeGreaterThan(0);
      for (const r of risks)
        expect(found).toContainEqual({ type: "ghosted", candidate: r.candidate, anchor: r.anchor });
      for (const r of risks)
        expect(found).not.toContainEqual({ type: "ghost_risk", candidate: r.candidate, anchor: r.anchor });
    }
  });

  it("refuses bad options with a message naming them", () => {
    expect(() => generateDemo({ now: "yesterday" })).toThrow(/"now" is not a date/);
    expect(() => generateDemo({ now: NOW, candidatesPerTenant: 5 })).toThrow(/candidatesPerTenant/);
    expect(() => generateDemo({ now: NOW, tenants: ["acme"] })).toThrow(/unknown tenant "acme"/);
  });
});
