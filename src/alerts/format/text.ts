/** Wording shared by every alert channel: dates in the recipient's zone, stage headlines. */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { AlertItem, AlertJob, AlertStage } from "../config.ts";

/**
 * An instant as the recipient reads it, e.g. `Mon 2 Mar 2026, 10:15 (Europe/Berlin)`.
 *
 * @example
 * localTime("2026-03-02T09:15:00Z", "Europe/Berlin") // "Mon 2 Mar 2026, 10:15 (Europe/Berlin)"
 */
export function localTime(iso: string | null, timeZone: string): string {
  if (!iso) return "no deadline";
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return `${format(new TZDate(at, timeZone), "EEE d MMM yyyy, HH:mm")} (${timeZone})`;
}

const STAGE_HEADLINE: Record<AlertStage, string> = {
  risk: "About to ghost a candidate",
  breach: "A candidate was let down",
  escalation: "Escalation: candidate still waiting",
  channel_failure: "Alert channel failing",
};

/**
 * The one-line headline of an alert (≤ 150 characters, Slack's header limit).
 *
 * @example
 * headline(item) // "About to ghost a candidate: Jane Roe"
 */
export function headline(item: AlertItem): string {
  if (item.stage === "channel_failure")
    return truncate(`${STAGE_HEADLINE.channel_failure}: ${item.title}`, 150);
  const name = item.candidate.replace(/\s*<[^>]*>$/, "");
  return truncate(`${STAGE_HEADLINE[item.stage]}: ${name}`, 150);
}

/**
 * The digest's headline.
 *
 * @example
 * digestHeadline(job) // "7 candidates need attention"
 */
export function digestHeadline(job: AlertJob): string {
  return `${job.items.length} candidates need attention`;
}

/** Cuts `text` to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * A plain-text rendering of a job (email text part, Slack/Teams fallback text).
 *
 * @example
 * plainText(job).split("\n")[0] // the headline
 */
export function plainText(job: AlertJob): string {
  const tz = job.recipient.timeZone;
  const blocks = job.items.map((item) =>
    [
      job.items.length > 1 ? `• ${headline(item)}` : headline(item),
      item.title,
      `Candidate: ${item.candidate}${item.role ? ` (${item.role})` : ""}`,
      `Waiting for: ${item.waitingFor}`,
      `Since: ${localTime(item.since, tz)}`,
      `Deadline: ${localTime(item.dueAt, tz)}`,
      `Who holds the ball: ${item.holder}`,
      `Evidence: ${item.evidenceUrl}`,
      item.repair ? `Suggested reply:\n${item.repair}` : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  const top = job.items.length > 1 ? `${digestHeadline(job)}\n\n` : "";
  return `${top}${blocks.join("\n\n")}`;
}
