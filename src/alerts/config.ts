/**
 * Alert configuration of one tenant: the channels alerts leave through, the routes that pick a
 * channel per team / finding type / severity / stage, the people (time zone, quiet hours, Slack
 * id) and the digest threshold. Validated with zod at the boundary (settings API, D1 row).
 */
import { z } from "zod";
import { FindingType, Severity } from "../engine/model.ts";
import { isValidTimeZone } from "../engine/settings.ts";

/** `HH:MM`, 24-hour clock. */
const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24-hour), e.g. 20:00");
const TimeZone = z
  .string()
  .refine(isValidTimeZone, { message: "unknown IANA time zone (e.g. Europe/Berlin)" });
const HttpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

/**
 * The stage of a finding an alert is about: `risk` (a `ghost_risk` before the deadline), `breach`
 * (the finding itself: `ghosted`, `invite_then_reject`…), `escalation` (a `ghosted` finding still
 * unacknowledged, sent to the team lead). `channel_failure` is the notice to HR ops that a channel
 * keeps failing.
 */
export const AlertStage = z.enum(["risk", "breach", "escalation", "channel_failure"]);
export type AlertStage = z.infer<typeof AlertStage>;

/** Quiet hours in the recipient's own time zone; `start > end` spans midnight (20:00–08:00). */
export const QuietHours = z
  .object({ start: ClockTime, end: ClockTime })
  .refine((q) => q.start !== q.end, { message: "quiet hours must not start and end at the same time" });
export type QuietHours = z.infer<typeof QuietHours>;

export const SlackChannel = z.object({
  kind: z.literal("slack"),
  /** Slack incoming webhook URL (`https://hooks.slack.com/services/…`). */
  webhookUrl: HttpUrl,
  /** Shown in channel errors, e.g. `#recruiting-eng`. */
  label: z.string().max(100).optional(),
});
export const TeamsChannel = z.object({
  kind: z.literal("teams"),
  /** Teams Workflows "post to a channel when a webhook request is received" URL. */
  webhookUrl: HttpUrl,
  label: z.string().max(100).optional(),
});
export const EmailChannel = z.object({
  kind: z.literal("email"),
  /** Which of the tenant's own mail APIs sends: Microsoft Graph `sendMail` or Gmail `messages.send`. */
  provider: z.enum(["graph", "gmail"]),
  /** The service mailbox that sends (Graph user id/UPN, Gmail user id/address). */
  fromMailbox: z.string().min(3),
  /** API base override (tests, demo, sovereign clouds); defaults come from the Worker's bindings. */
  baseUrl: HttpUrl.optional(),
  label: z.string().max(100).optional(),
});
export const AlertChannel = z.discriminatedUnion("kind", [SlackChannel, TeamsChannel, EmailChannel]);
export type AlertChannel = z.infer<typeof AlertChannel>;
export type SlackChannel = z.infer<typeof SlackChannel>;
export type TeamsChannel = z.infer<typeof TeamsChannel>;
export type EmailChannel = z.infer<typeof EmailChannel>;

/**
 * One routing rule. The first route (in order) whose filters all match a finding and stage picks
 * the channel; omitted filters match everything.
 */
export const AlertRoute = z.object({
  channel: z.string().min(1),
  teams: z.array(z.string()).optional(),
  types: z.array(FindingType).optional(),
  /** Lowest severity that goes through this route (`medium` lets `medium` and `high` pass). */
  minSeverity: Severity.optional(),
  stages: z.array(AlertStage).optional(),
});
export type AlertRoute = z.infer<typeof AlertRoute>;

/** A person who can receive alerts (recruiter, coordinator, team lead, HR ops), by address. */
export const AlertPerson = z.object({
  name: z.string().max(200).optional(),
  /** Defaults to the tenant's time zone. */
  timeZone: TimeZone.optional(),
  /** Overrides the tenant default; `null` turns quiet hours off for this person. */
  quietHours: QuietHours.nullable().optional(),
  /** Slack member id (`U0123ABC`), to @-mention the person in a channel alert. */
  slackUserId: z
    .string()
    .regex(/^[UW][A-Z0-9]{2,}$/, "expected a Slack member id such as U0123ABCD")
    .optional(),
});
export type AlertPerson = z.infer<typeof AlertPerson>;

export const AlertSettings = z.object({
  channels: z.record(z.string(), AlertChannel).default({}),
  routes: z.array(AlertRoute).default([]),
  /** Keyed by lower-case address. */
  people: z.record(z.string(), AlertPerson).default({}),
  /** Quiet hours for people without their own; `null` = none. */
  defaultQuietHours: QuietHours.nullable().default({ start: "20:00", end: "08:00" }),
  /** More than this many alerts for one recipient and channel in one planning run → one digest. */
  digestThreshold: z.number().int().min(1).default(5),
  /** Finding types whose unacknowledged breach is escalated to the team lead. */
  escalationTypes: z.array(FindingType).default(["ghosted"]),
  /** Where "Open evidence" links point: `${dashboardUrl}/findings/<key>`. */
  dashboardUrl: HttpUrl.default("https://ghostwatch.invalid"),
  /** HR ops: told when a channel keeps failing (channel id + address). */
  hrOps: z.object({ channel: z.string().min(1), address: z.string().min(3) }).optional(),
  /** Deliveries of one job before it is dead-lettered. */
  maxAttempts: z.number().int().min(1).max(20).default(5),
});
export type AlertSettings = z.infer<typeof AlertSettings>;
export type AlertSettingsInput = z.input<typeof AlertSettings>;

/** One finding's alert as it travels through the queue: a snapshot, so the consumer needs no D1 read of findings. */
export const AlertItem = z.object({
  /** `${tenant}:${findingKey}:${stage}`: the alert log's unique key. */
  idempotencyKey: z.string().min(1),
  findingKey: z.string().min(1),
  /** The finding's candidate (erasure removes the alert-log rows by it). */
  candidateId: z.string().optional(),
  stage: AlertStage,
  type: FindingType.or(z.literal("channel_failure")),
  severity: Severity,
  title: z.string(),
  candidate: z.string(),
  role: z.string().optional(),
  team: z.string().optional(),
  /** What the candidate waits for, in words. */
  waitingFor: z.string(),
  since: z.string(),
  dueAt: z.string().nullable(),
  /** Who holds the ball (address or name). */
  holder: z.string(),
  evidenceUrl: z.string(),
  repair: z.string(),
  repairLanguage: z.string().default("en"),
});
export type AlertItem = z.infer<typeof AlertItem>;

export const AlertRecipient = z.object({
  address: z.string(),
  name: z.string().optional(),
  slackUserId: z.string().optional(),
  timeZone: z.string(),
});
export type AlertRecipient = z.infer<typeof AlertRecipient>;

/** A queue message of `ghostwatch-alerts`: one message (single alert or digest) to one recipient through one channel. */
export const AlertJob = z.object({
  v: z.literal(1),
  tenantId: z.string().min(1),
  channelId: z.string().min(1),
  channel: AlertChannel,
  recipient: AlertRecipient,
  items: z.array(AlertItem).min(1),
  /** Not before this instant (end of the recipient's quiet hours). */
  notBefore: z.iso.datetime({ offset: true }),
  plannedAt: z.iso.datetime({ offset: true }),
  /** Team whose channel this is, for channel errors ("Slack webhook for team X …"). */
  team: z.string().optional(),
});
export type AlertJob = z.infer<typeof AlertJob>;
