import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import type { AlertJob } from "../../src/alerts/config.ts";
import { alertEmail } from "../../src/alerts/format/email.ts";
import { slackPayload } from "../../src/alerts/format/slack.ts";
import { teamsPayload } from "../../src/alerts/format/teams.ts";
import { planAlerts } from "../../src/alerts/plan.ts";
import { parseRetryAfter } from "../../src/alerts/senders/outcome.ts";
import { base64Url, writeMessage } from "../../src/alerts/senders/rfc5322.ts";
import { alertSettings, finding, tenantSettings } from "./support.ts";

function jobFor(count: number, overrides: Parameters<typeof finding>[0] = {}): AlertJob {
  const findings = Array.from({ length: count }, () => finding({ type: "ghost_risk", ...overrides }));
  const { jobs } = planAlerts(findings, {
    tenantId: "acme",
    settings: tenantSettings,
    alerts: alertSettings("http://127.0.0.1:9", "ns"),
    now: new Date("2026-03-05T10:00:00Z"),
  });
  const job = jobs[0]?.job;
  if (!job) throw new Error("no job planned");
  return job;
}

describe("Slack Block Kit", () => {
  it("has a header, the five fields, an evidence button and the suggested reply", () => {
    const job = jobFor(1, { candidateName: "Jane <Roe> & Co" });
    const { blocks, text } = slackPayload(job);
    expect(blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: expect.stringContaining("Jane <Roe> & Co") },
    });
    const section = blocks.find((b) => b.type === "section" && Array.isArray(b.fields)) as unknown as {
      fields: { text: string }[];
    };
    const labels = section.fields.map((f) => f.text.split("\n")[0]);
    expect(labels).toEqual([
      "*Candidate*",
      "*Waiting for*",
      "*Since*",
      "*Deadline*",
      "*Who holds the ball*",
      "*Severity*",
    ]);
    expect(section.fields[0]?.text).toContain("Jane &lt;Roe&gt; &amp; Co"); // mrkdwn escaped
    expect(section.fields[2]?.text).toContain("Mon 2 Mar 2026, 10:00 (Europe/Berlin)");
    expect(section.fields[4]?.text).toBe("*Who holds the ball*\n<@U0ANN1234>");
    const actions = blocks.find((b) => b.type === "actions") as unknown as {
      elements: { type: string; url: string }[];
    };
    expect(actions.elements[0]).toMatchObject({ type: "button", url: job.items[0]?.evidenceUrl });
    const context = blocks.find((b) => b.type === "context") as unknown as { elements: { text: string }[] };
    expect(context.elements[0]?.text).toContain("we will come back to you by Friday");
    expect(text.length).toBeGreaterThan(0);
  });

  it("keeps a digest of 30 alerts within Slack's 50-block limit and says how many are left out", () => {
    const { blocks } = slackPayload(jobFor(30));
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect((blocks[0] as unknown as { text: { text: string } }).text.text).toBe(
      "30 candidates need attention",
    );
    expect(JSON.stringify(blocks.at(-1))).toMatch(/and \d+ more in the dashboard/);
  });
});

describe("Teams Adaptive Card", () => {
  it("wraps an AdaptiveCard 1.4 with a FactSet and Action.OpenUrl in the message envelope", () => {
    const job = jobFor(1);
    const payload = teamsPayload(job);
    expect(payload.type).toBe("message");
    const attachment = payload.attachments[0]!;
    expect(attachment.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(attachment.content).toMatchObject({ type: "AdaptiveCard", version: "1.4" });
    const facts = attachment.content.body.find((e) => e.type === "FactSet") as unknown as {
      facts: { title: string }[];
    };
    expect(facts.facts.map((f) => f.title)).toEqual([
      "Candidate",
      "Waiting for",
      "Since",
      "Deadline",
      "Who holds the ball",
      "Severity",
    ]);
    expect(attachment.content.actions).toEqual([
      { type: "Action.OpenUrl", title: "Open the evidence", url: job.items[0]?.evidenceUrl },
    ]);
  });

  it("gives every alert of a digest its own evidence link", () => {
    const card = teamsPayload(jobFor(6)).attachments[0]!.content;
    expect(card.body.filter((e) => e.type === "ActionSet")).toHaveLength(6);
  });
});

describe("alert email and RFC 5322", () => {
  it("escapes HTML and writes a message Gmail and any MIME parser can read back", async () => {
    const job = jobFor(1, { candidateName: "Zoë <script>" });
    const content = alertEmail(job);
    expect(content.html).not.toContain("<script>");
    expect(content.html).toContain("Zoë &lt;script&gt;");
    const raw = writeMessage({
      from: "alerts@acme.com",
      to: ["ann@acme.com"],
      subject: content.subject,
      html: content.html,
      text: content.text,
      headers: { "X-Ghostwatch-Alert": "risk" },
      date: new Date("2026-03-05T10:00:00Z"),
      messageIdDomain: "acme.com",
    });
    expect(raw).toMatch(/\r\nSubject: =\?UTF-8\?B\?/);
    const decoded = Buffer.from(base64Url(raw).replace(/-/g, "+").replace(/_/g, "/"), "base64").toString(
      "utf8",
    );
    const parsed = await PostalMime.parse(decoded);
    expect(parsed.subject).toBe(content.subject);
    expect(parsed.to?.[0]?.address).toBe("ann@acme.com");
    expect(parsed.html).toContain("Zoë &lt;script&gt;");
    expect(parsed.text).toContain("Suggested reply");
  });

  it("refuses a header injection through an address", () => {
    expect(() =>
      writeMessage({
        from: "alerts@acme.com",
        to: ["x@acme.com\r\nBcc: evil@x.org"],
        subject: "s",
        html: "",
        text: "",
        date: new Date(),
        messageIdDomain: "acme.com",
      }),
    ).toThrow(/not a mail address/);
  });
});

describe("Retry-After", () => {
  it("reads delta-seconds (with fractions) and HTTP dates, and ignores garbage", () => {
    const now = new Date("2026-10-21T07:27:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("2.128", now)).toBe(2128);
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now)).toBe(60_000);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
