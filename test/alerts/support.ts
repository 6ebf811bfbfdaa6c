/** Builders shared by the alert tests (Node and workerd). */
import { AlertSettings, type AlertSettingsInput } from "../../src/alerts/config.ts";
import { Finding } from "../../src/engine/model.ts";
import { TenantSettings } from "../../src/engine/settings.ts";

let seq = 0;

/** A valid finding; override what the test is about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  seq++;
  const type = overrides.type ?? "ghosted";
  const candidateId = overrides.candidateId ?? `cand-${seq}`;
  const anchorId = overrides.anchorId ?? `<m${seq}@mail.example.org>`;
  return Finding.parse({
    key: `${type}:${candidateId}:${anchorId}`,
    type,
    candidateId,
    candidateAddress: `candidate${seq}@example.org`,
    candidateName: `Candidate ${seq}`,
    role: "Backend Engineer",
    people: ["ann@acme.com"],
    team: "engineering",
    severity: "medium",
    anchorId,
    since: "2026-03-02T09:00:00Z",
    dueAt: "2026-03-04T09:00:00Z",
    obligation: "reply_to_candidate",
    status: "open",
    title: `Candidate ${seq} asked about next steps and got no answer`,
    summary: "The candidate wrote on 2 March; nobody answered.",
    evidence: [
      { kind: "message", id: anchorId, at: "2026-03-02T09:00:00Z", note: "the candidate's question" },
    ],
    repair: "Hello, thank you for your patience — we will come back to you by Friday.",
    repairLanguage: "en",
    ...overrides,
  });
}

export const tenantSettings = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "Europe/Berlin",
  teams: { engineering: { lead: "lead@acme.com" }, sales: { lead: "sales-lead@acme.com" } },
});

/** Alert settings with Slack for engineering, Teams for sales, email for escalations. */
export function alertSettings(
  sinksBase: string,
  ns: string,
  overrides: AlertSettingsInput = {},
): AlertSettings {
  return AlertSettings.parse({
    channels: {
      "slack-eng": {
        kind: "slack",
        webhookUrl: `${sinksBase}/${ns}/slack/T001/B001/secret`,
        label: "#eng-hiring",
      },
      "teams-sales": { kind: "teams", webhookUrl: `${sinksBase}/${ns}/teams/workflows/abc` },
      "mail-graph": {
        kind: "email",
        provider: "graph",
        fromMailbox: "alerts@acme.com",
        baseUrl: `${sinksBase}/${ns}/graph`,
      },
      "mail-gmail": {
        kind: "email",
        provider: "gmail",
        fromMailbox: "alerts@acme.com",
        baseUrl: `${sinksBase}/${ns}/gmail/`,
      },
    },
    routes: [
      { channel: "mail-graph", stages: ["escalation"] },
      { channel: "slack-eng", teams: ["engineering"] },
      { channel: "teams-sales", teams: ["sales"], minSeverity: "medium" },
    ],
    people: {
      "ann@acme.com": { name: "Ann Recruiter", timeZone: "Europe/Berlin", slackUserId: "U0ANN1234" },
      "bob@acme.com": { timeZone: "America/New_York" },
    },
    dashboardUrl: "https://ghostwatch.acme.test",
    hrOps: { channel: "mail-gmail", address: "hrops@acme.com" },
    ...overrides,
  });
}
