/** Alert emails: a subject, an HTML part (inline styles only) and a plain-text part. */
import type { AlertJob } from "../config.ts";
import { digestHeadline, headline, localTime, plainText } from "./text.ts";

export interface EmailContent {
  subject: string;
  html: string;
  text: string;
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<a href="x">') // "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * The alert email for a job.
 *
 * @example
 * alertEmail(job).subject // "About to ghost a candidate: Jane Roe"
 */
export function alertEmail(job: AlertJob): EmailContent {
  const first = job.items[0];
  const subject = job.items.length === 1 && first ? headline(first) : digestHeadline(job);
  const tz = job.recipient.timeZone;
  const cell =
    "padding:4px 8px;border-bottom:1px solid #e5e7eb;font:14px Arial,sans-serif;vertical-align:top;";
  const sections = job.items
    .map((item) => {
      const rows: Array<[string, string]> = [
        ["Candidate", `${item.candidate}${item.role ? ` — ${item.role}` : ""}`],
        ["Waiting for", item.waitingFor],
        ["Since", localTime(item.since, tz)],
        ["Deadline", localTime(item.dueAt, tz)],
        ["Who holds the ball", item.holder],
      ];
      const table = rows
        .map(
          ([k, v]) =>
            `<tr><th align="left" style="${cell}color:#374151;width:160px;">${escapeHtml(k)}</th><td style="${cell}">${escapeHtml(v)}</td></tr>`,
        )
        .join("");
      const repair = item.repair
        ? `<p style="font:13px Arial,sans-serif;color:#374151;margin:12px 0 4px;"><b>Suggested reply (${escapeHtml(item.repairLanguage)})</b></p><pre style="white-space:pre-wrap;font:13px Arial,sans-serif;background:#f3f4f6;padding:8px;margin:0;">${escapeHtml(item.repair)}</pre>`
        : "";
      return `<h2 style="font:bold 16px Arial,sans-serif;margin:20px 0 6px;">${escapeHtml(headline(item))}</h2><p style="font:14px Arial,sans-serif;margin:0 0 8px;">${escapeHtml(item.title)}</p><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">${table}</table>${repair}<p style="margin:12px 0;"><a href="${escapeHtml(item.evidenceUrl)}" style="background:#1d4ed8;color:#ffffff;padding:8px 14px;text-decoration:none;font:bold 14px Arial,sans-serif;">Open the evidence</a></p>`;
    })
    .join("");
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0;padding:16px;background:#ffffff;">${job.items.length > 1 ? `<h1 style="font:bold 20px Arial,sans-serif;">${escapeHtml(digestHeadline(job))}</h1>` : ""}${sections}</body></html>`;
  return { subject, html, text: plainText(job) };
}
