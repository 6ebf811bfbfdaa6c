/**
 * Microsoft Teams Workflows webhook payloads: an Adaptive Card (schema 1.4) in the `message`
 * envelope, with a FactSet per alert and `Action.OpenUrl` to the evidence.
 */
import type { AlertItem, AlertJob } from "../config.ts";
import { digestHeadline, headline, localTime, truncate } from "./text.ts";

export interface AdaptiveCardElement {
  type: string;
  [field: string]: unknown;
}

export interface TeamsPayload {
  type: "message";
  attachments: Array<{
    contentType: "application/vnd.microsoft.card.adaptive";
    contentUrl: null;
    content: {
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
      type: "AdaptiveCard";
      version: "1.4";
      body: AdaptiveCardElement[];
      actions: AdaptiveCardElement[];
      msteams: { width: "Full" };
    };
  }>;
}

function itemElements(item: AlertItem, job: AlertJob, withTitle: boolean): AdaptiveCardElement[] {
  const tz = job.recipient.timeZone;
  const elements: AdaptiveCardElement[] = [];
  if (withTitle) {
    elements.push({ type: "TextBlock", text: headline(item), weight: "Bolder", wrap: true, separator: true });
  }
  elements.push(
    {
      type: "TextBlock",
      text: item.title,
      wrap: true,
      color: item.severity === "high" ? "Attention" : "Default",
    },
    {
      type: "FactSet",
      facts: [
        { title: "Candidate", value: `${item.candidate}${item.role ? ` — ${item.role}` : ""}` },
        { title: "Waiting for", value: item.waitingFor },
        { title: "Since", value: localTime(item.since, tz) },
        { title: "Deadline", value: localTime(item.dueAt, tz) },
        { title: "Who holds the ball", value: item.holder },
        { title: "Severity", value: item.severity },
      ],
    },
  );
  if (item.repair) {
    elements.push(
      {
        type: "TextBlock",
        text: `Suggested reply (${item.repairLanguage})`,
        weight: "Bolder",
        spacing: "Medium",
      },
      { type: "TextBlock", text: truncate(item.repair, 2000), wrap: true, isSubtle: true },
    );
  }
  if (job.items.length > 1) {
    elements.push({
      type: "ActionSet",
      actions: [{ type: "Action.OpenUrl", title: "Open the evidence", url: item.evidenceUrl }],
    });
  }
  return elements;
}

/**
 * The Teams Workflows webhook body for a job.
 *
 * @example
 * const body = teamsPayload(job);
 * body.attachments[0].content.version // "1.4"
 */
export function teamsPayload(job: AlertJob): TeamsPayload {
  const first = job.items[0];
  const single = job.items.length === 1 && first;
  const body: AdaptiveCardElement[] = [
    {
      type: "TextBlock",
      text: single ? headline(first) : digestHeadline(job),
      size: "Large",
      weight: "Bolder",
      wrap: true,
    },
  ];
  for (const item of job.items) body.push(...itemElements(item, job, !single));
  const actions: AdaptiveCardElement[] = single
    ? [{ type: "Action.OpenUrl", title: "Open the evidence", url: first.evidenceUrl }]
    : [];
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body,
          actions,
          msteams: { width: "Full" },
        },
      },
    ],
  };
}
