/**
 * The demo's mail and calendars in each provider's own shape, for the fake servers' control
 * APIs: Microsoft Graph `message`/`event` resources, and the Google fake's message spec (rendered
 * by the fake as Gmail `full`/`raw`) and Calendar events. Pure: runs in Node and in workerd.
 */
import type { FakeEventSpec, FakeMessageSpec } from "../../fakes/google/generator.ts";
import type { DemoAddress, DemoCopy, DemoEvent, DemoMail } from "./model.ts";

/** The Graph id of one copy (unique within its mailbox). */
export function graphMessageId(mail: DemoMail, copy: DemoCopy): string {
  return `AAMk-${copy.mailboxId}-${mail.key}`;
}

/** The Graph folder (well-known name) of a copy. */
export function graphFolder(copy: DemoCopy): "inbox" | "sentitems" {
  return copy.folder === "sent" ? "sentitems" : "inbox";
}

const graphAddress = (a: DemoAddress) => ({
  emailAddress: { address: a.address, ...(a.name ? { name: a.name } : {}) },
});

/** RFC 5322 address: `Name <addr>` (the name quoted when it holds specials). */
export function formatAddress(a: DemoAddress): string {
  if (!a.name) return a.address;
  const name = /[()<>@,;:\\".[\]]/.test(a.name) ? `"${a.name.replace(/["\\]/g, "\\$&")}"` : a.name;
  return `${name} <${a.address}>`;
}

/** The text of a delivery status notification's `message/delivery-status` part. */
export function deliveryStatusText(mail: DemoMail, reportingDomain: string): string {
  if (!mail.dsn) return "";
  return [
    `Reporting-MTA: dns; mx.${reportingDomain}`,
    "",
    `Final-Recipient: rfc822; ${mail.dsn.recipient}`,
    "Action: failed",
    `Status: ${mail.dsn.status}`,
    `Diagnostic-Code: ${mail.dsn.diagnostic}`,
    "",
  ].join("\r\n");
}

/**
 * One copy as a Graph `message` resource (what `GET /users/{id}/messages/{id}` returns with a
 * text body and `internetMessageHeaders` selected).
 *
 * @example
 * await fake.addMessages(upn, { folder: graphFolder(copy), messages: [graphMessage(mail, copy)] });
 */
export function graphMessage(mail: DemoMail, copy: DemoCopy): Record<string, unknown> {
  const at = mail.sentAt.replace(/\.\d{3}Z$/, "Z");
  const body = mail.dsn
    ? `${mail.text}\r\n\r\nOriginal message headers:\r\nMessage-ID: ${mail.dsn.originalMessageId}\r\n\r\nFinal-Recipient: rfc822; ${mail.dsn.recipient}\r\nAction: failed\r\nStatus: ${mail.dsn.status}\r\nDiagnostic-Code: ${mail.dsn.diagnostic}`
    : mail.text;
  const headers: { name: string; value: string }[] = [
    { name: "Message-ID", value: mail.messageId },
    { name: "Date", value: new Date(mail.sentAt).toUTCString().replace("GMT", "+0000") },
    { name: "MIME-Version", value: "1.0" },
  ];
  if (mail.inReplyTo) headers.push({ name: "In-Reply-To", value: mail.inReplyTo });
  if (mail.references.length) headers.push({ name: "References", value: mail.references.join(" ") });
  for (const [name, value] of mail.headers) headers.push({ name, value });
  headers.push({
    name: "Content-Type",
    value: mail.dsn
      ? 'multipart/report; report-type=delivery-status; boundary="ndr"'
      : 'text/plain; charset="utf-8"',
  });
  if (mail.dsn) headers.push({ name: "X-MS-Exchange-Message-Is-NDR", value: "" });
  return {
    "@odata.type": "#microsoft.graph.message",
    id: graphMessageId(mail, copy),
    createdDateTime: at,
    lastModifiedDateTime: at,
    receivedDateTime: at,
    sentDateTime: at,
    hasAttachments: false,
    internetMessageId: mail.messageId,
    subject: mail.subject,
    bodyPreview: body.slice(0, 255),
    importance: "normal",
    conversationId: `AAQk-${mail.thread}`,
    isRead: true,
    isDraft: false,
    body: { contentType: "text", content: body },
    sender: graphAddress(mail.from),
    from: graphAddress(mail.from),
    toRecipients: mail.to.map(graphAddress),
    ccRecipients: mail.cc.map(graphAddress),
    bccRecipients: [],
    replyTo: [],
    internetMessageHeaders: headers,
  };
}

function graphDateTime(iso: string): { dateTime: string; timeZone: string } {
  return { dateTime: `${iso.slice(0, 19)}.0000000`, timeZone: "UTC" };
}

const GRAPH_RESPONSE = {
  accepted: "accepted",
  declined: "declined",
  tentative: "tentativelyAccepted",
  needs_action: "notResponded",
} as const;

/**
 * One calendar copy of an interview as a Graph `event` resource.
 *
 * @example
 * await fake.addEvents(upn, { events: [graphEvent(ev, "tom.hughes")] });
 */
export function graphEvent(ev: DemoEvent, mailboxId: string, ownerAddress: string): Record<string, unknown> {
  const organizer = ev.organizer.address === ownerAddress;
  return {
    "@odata.type": "#microsoft.graph.event",
    id: `AAMkEv-${mailboxId}-${ev.key}`,
    createdDateTime: ev.createdAt,
    lastModifiedDateTime: ev.updatedAt,
    iCalUId: ev.uid,
    subject: ev.cancelled ? `Canceled: ${ev.subject}` : ev.subject,
    bodyPreview: "",
    isAllDay: false,
    isCancelled: ev.cancelled,
    isOrganizer: organizer,
    type: "singleInstance",
    showAs: ev.cancelled ? "free" : "busy",
    originalStartTimeZone: "UTC",
    originalEndTimeZone: "UTC",
    start: graphDateTime(ev.start),
    end: graphDateTime(ev.end),
    location: { displayName: "Microsoft Teams Meeting" },
    attendees: ev.attendees.map((a) => ({
      type: "required",
      status: { response: GRAPH_RESPONSE[a.response], time: ev.updatedAt },
      emailAddress: { address: a.address, name: a.name },
    })),
    organizer: graphAddress(ev.organizer),
  };
}

/**
 * One copy as the Google fake's message spec (the fake renders it as Gmail `full` and `raw`).
 *
 * @example
 * await fetch(`${googleUrl}/_fake/users/${user}/messages`, { method: "POST", body: JSON.stringify({ mode: "seed", messages: [gmailSpec(mail, copy, domain)] }) });
 */
export function gmailSpec(mail: DemoMail, copy: DemoCopy, orgDomain: string): FakeMessageSpec {
  return {
    from: formatAddress(mail.from),
    to: mail.to.map(formatAddress),
    ...(mail.cc.length ? { cc: mail.cc.map(formatAddress) } : {}),
    subject: mail.subject,
    date: Date.parse(mail.sentAt),
    messageId: mail.messageId,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length ? { references: mail.references } : {}),
    text: mail.text,
    ...(mail.dsn ? { deliveryStatus: deliveryStatusText(mail, orgDomain) } : {}),
    ...(mail.headers.length ? { headers: mail.headers } : {}),
    labelIds: copy.folder === "sent" ? ["SENT"] : ["INBOX", "UNREAD"],
    threadKey: mail.thread,
  };
}

const GOOGLE_RESPONSE = {
  accepted: "accepted",
  declined: "declined",
  tentative: "tentative",
  needs_action: "needsAction",
} as const;

/**
 * One calendar copy of an interview as a Google Calendar event (the fake's event spec).
 *
 * @example
 * googleEvent(ev, "camille.girard@brightwater.example")
 */
export function googleEvent(ev: DemoEvent, ownerAddress: string): FakeEventSpec {
  return {
    id: `ev${ev.key.replace(/[^a-z0-9]/gi, "").toLowerCase()}`,
    iCalUID: ev.uid,
    status: ev.cancelled ? "cancelled" : "confirmed",
    summary: ev.subject,
    start: { dateTime: ev.start, timeZone: ev.timeZone },
    end: { dateTime: ev.end, timeZone: ev.timeZone },
    organizer: {
      email: ev.organizer.address,
      ...(ev.organizer.name ? { displayName: ev.organizer.name } : {}),
      ...(ev.organizer.address === ownerAddress ? { self: true } : {}),
    },
    attendees: [
      {
        email: ev.organizer.address,
        ...(ev.organizer.name ? { displayName: ev.organizer.name } : {}),
        responseStatus: "accepted",
        organizer: true,
        ...(ev.organizer.address === ownerAddress ? { self: true } : {}),
      },
      ...ev.attendees.map((a) => ({
        email: a.address,
        ...(a.name ? { displayName: a.name } : {}),
        responseStatus: GOOGLE_RESPONSE[a.response],
        ...(a.address === ownerAddress ? { self: true } : {}),
      })),
    ],
  };
}
