/**
 * Slack incoming-webhook payloads in Block Kit: a header, a section of fields (candidate,
 * waiting for, since, deadline, who holds the ball), a button to the evidence and the suggested
 * reply. Limits respected: header ≤ 150 chars, ≤ 10 fields of ≤ 2000 chars, ≤ 50 blocks,
 * section text ≤ 3000 chars, button text ≤ 75 chars.
 */
import type { AlertItem, AlertJob } from "../config.ts";
import { digestHeadline, headline, localTime, plainText, truncate } from "./text.ts";

export interface SlackBlock {
  type: string;
  [field: string]: unknown;
}
export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function field(label: string, value: string): { type: "mrkdwn"; text: string } {
  return { type: "mrkdwn", text: truncate(`*${label}*\n${slackEscape(value)}`, 2000) };
}

function itemBlocks(item: AlertItem, job: AlertJob, index: number): SlackBlock[] {
  const tz = job.recipient.timeZone;
  const holder =
    job.recipient.slackUserId && item.holder === job.recipient.address
      ? `<@${job.recipient.slackUserId}>`
      : null;
  const blocks: SlackBlock[] = [
    {
      type: "section",
      text: { type: "mrkdwn", text: truncate(`*${slackEscape(item.title)}*`, 3000) },
      fields: [
        field("Candidate", `${item.candidate}${item.role ? ` — ${item.role}` : ""}`),
        field("Waiting for", item.waitingFor),
        field("Since", localTime(item.since, tz)),
        field("Deadline", localTime(item.dueAt, tz)),
        holder
          ? { type: "mrkdwn", text: `*Who holds the ball*\n${holder}` }
          : field("Who holds the ball", item.holder),
        field("Severity", item.severity),
      ],
    },
    {
      type: "actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Open the evidence", emoji: false },
          url: item.evidenceUrl,
          action_id: `open_evidence_${index}`,
          ...(item.severity === "high" ? { style: "danger" } : {}),
        },
      ],
    },
  ];
  if (item.repair) {
    blocks.push({
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: truncate(`*Suggested reply (${item.repairLanguage})*\n${slackEscape(item.repair)}`, 3000),
        },
      ],
    });
  }
  return blocks;
}

/**
 * The Block Kit message for a job: one alert, or a digest of several (≤ 50 blocks; the rest
 * summarised in a final line with a link to the dashboard).
 *
 * @example
 * const body = slackPayload(job);
 * await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
 */
export function slackPayload(job: AlertJob): SlackPayload {
  const first = job.items[0];
  const title = job.items.length > 1 || !first ? digestHeadline(job) : headline(first);
  const blocks: SlackBlock[] = [{ type: "header", text: { type: "plain_text", text: truncate(title, 150) } }];
  if (job.recipient.slackUserId && job.items.length > 1) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `For <@${job.recipient.slackUserId}>` } });
  }
  let shown = 0;
  for (const [index, item] of job.items.entries()) {
    const next = itemBlocks(item, job, index);
    if (blocks.length + next.length + 2 > 50) break;
    if (index > 0) blocks.push({ type: "divider" });
    blocks.push(...next);
    shown++;
  }
  if (shown < job.items.length) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `…and ${job.items.length - shown} more in the dashboard.` }],
    });
  }
  return { text: truncate(plainText(job), 3000), blocks };
}
