/** One attempt to deliver a job through its channel (Slack, Teams or email). */
import type { AlertJob, EmailChannel } from "../config.ts";
import { alertEmail } from "../format/email.ts";
import { slackPayload } from "../format/slack.ts";
import { teamsPayload } from "../format/teams.ts";
import { gmailMailSender, graphMailSender, type MailSender } from "./mail.ts";
import { attempt, type SendOutcome } from "./outcome.ts";

export interface DeliveryDeps {
  fetch?: typeof fetch;
  now?: () => Date;
  /** Default API roots when the email channel has no `baseUrl` (the Worker's GRAPH_BASE_URL / GMAIL_ROOT_URL). */
  graphBaseUrl?: string;
  gmailRootUrl?: string;
  /** Bearer token for the tenant's mail API. Required for email channels. */
  mailToken?: (tenantId: string, channel: EmailChannel) => Promise<string>;
  /** Overrides how email leaves (another provider, a relay). */
  mailSender?: (tenantId: string, channel: EmailChannel) => MailSender;
}

/**
 * The mail sender for an email channel (Graph or Gmail), built from the deps.
 *
 * @example
 * const sender = mailSenderFor("acme", channel, { graphBaseUrl: env.GRAPH_BASE_URL, mailToken });
 */
export function mailSenderFor(tenantId: string, channel: EmailChannel, deps: DeliveryDeps): MailSender {
  if (deps.mailSender) return deps.mailSender(tenantId, channel);
  const tokenFn = deps.mailToken;
  if (!tokenFn)
    throw new Error(`email channel needs a mail token provider (tenant ${tenantId}, ${channel.provider})`);
  const baseUrl = channel.baseUrl ?? (channel.provider === "graph" ? deps.graphBaseUrl : deps.gmailRootUrl);
  if (!baseUrl) throw new Error(`no API base URL for ${channel.provider} email (tenant ${tenantId})`);
  const options = {
    baseUrl,
    fromMailbox: channel.fromMailbox,
    token: () => tokenFn(tenantId, channel),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  };
  return channel.provider === "graph" ? graphMailSender(options) : gmailMailSender(options);
}

/**
 * Sends the job once. Slack answers 200 `ok`; Teams Workflows 200 or 202; Graph 202; Gmail 200.
 *
 * @example
 * const outcome = await deliverOnce(job, { now: () => new Date() });
 * if (!outcome.ok && outcome.retryable) { … }
 */
export async function deliverOnce(job: AlertJob, deps: DeliveryDeps): Promise<SendOutcome> {
  const doFetch = deps.fetch ?? fetch;
  const now = deps.now?.() ?? new Date();
  const channel = job.channel;
  if (channel.kind === "slack" || channel.kind === "teams") {
    const body = channel.kind === "slack" ? slackPayload(job) : teamsPayload(job);
    return attempt(
      () =>
        doFetch(channel.webhookUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
      channel.kind === "slack" ? [200] : [200, 202],
      now,
    );
  }
  let sender: MailSender;
  try {
    sender = mailSenderFor(job.tenantId, channel, deps);
  } catch (err) {
    return { ok: false, status: null, retryable: false, retryAfterMs: null, error: (err as Error).message };
  }
  const content = alertEmail(job);
  const domain = channel.fromMailbox.split("@")[1] ?? "ghostwatch.invalid";
  try {
    return await sender.send({
      from: channel.fromMailbox,
      to: [job.recipient.address],
      subject: content.subject,
      html: content.html,
      text: content.text,
      headers: { "X-Ghostwatch-Alert": job.items.map((i) => i.stage).join(",") },
      date: now,
      messageIdDomain: domain,
    });
  } catch (err) {
    return {
      ok: false,
      status: null,
      retryable: true,
      retryAfterMs: null,
      error: `mail token/sender failed: ${(err as Error).message}`,
    };
  }
}

/**
 * A description of where a channel points that is safe to show (no webhook secret path).
 *
 * @example
 * channelTarget({ kind: "slack", webhookUrl: "https://hooks.slack.com/services/T/B/X" }) // "hooks.slack.com"
 */
export function channelTarget(channel: AlertJob["channel"]): string {
  if (channel.kind === "email") return `${channel.provider}:${channel.fromMailbox}`;
  try {
    return new URL(channel.webhookUrl).host;
  } catch {
    return "(invalid URL)";
  }
}
