/**
 * Alerts: planning (which finding/stage needs an alert, to whom, when, how) and delivery (the
 * `ghostwatch-alerts` queue consumer), Slack Block Kit, Teams Adaptive Cards and email through the
 * tenant's own Graph or Gmail mailbox.
 */
export {
  AlertChannel,
  AlertItem,
  AlertJob,
  AlertPerson,
  AlertRoute,
  AlertSettings,
  type AlertSettingsInput,
  AlertStage,
  EmailChannel,
  QuietHours,
  SlackChannel,
  TeamsChannel,
} from "./config.ts";
export { alertEmail } from "./format/email.ts";
export { slackPayload } from "./format/slack.ts";
export { teamsPayload } from "./format/teams.ts";
export {
  type AlertLogRow,
  alertLog,
  type ChannelErrorRow,
  clearChannelError,
  describeChannelError,
  listChannelErrors,
  loggedKeys,
} from "./log.ts";
export {
  idempotencyKey,
  MAX_QUEUE_DELAY_SECONDS,
  type PlanContext,
  type PlannedAlert,
  type PlanResult,
  planAlerts,
  stagesFor,
} from "./plan.ts";
export { type AlertDeadLetter, type AlertQueueDeps, handleAlertQueue, retryDelaySeconds } from "./queue.ts";
export { deliverAt, quietHoursEnd } from "./quiet-hours.ts";
export { channelTarget, type DeliveryDeps, deliverOnce, mailSenderFor } from "./senders/deliver.ts";
export { gmailMailSender, graphMailSender, type MailSender, type MailSenderOptions } from "./senders/mail.ts";
export { parseRetryAfter, type SendOutcome } from "./senders/outcome.ts";
export { type OutgoingMail, writeMessage } from "./senders/rfc5322.ts";
export {
  acknowledgedKeys,
  loadAlertSettings,
  planAndEnqueue,
  type StoredAlertSettings,
  saveAlertSettings,
} from "./store.ts";
