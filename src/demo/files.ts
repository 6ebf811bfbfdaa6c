/**
 * The demo as export files, for the `ghostwatch` CLI: one `.mbox` and one `.ics` per monitored
 * mailbox (RFC 5322 messages, RFC 3464 delivery reports, iCalendar events) and a JSON
 * configuration naming each mailbox's role, team and files. Pure: returns the file contents.
 */
import type { DemoEvent, DemoMail, DemoTenant } from "./model.ts";
import { deliveryStatusText, formatAddress } from "./providers.ts";

export interface DemoFile {
  /** Path relative to the output folder. */
  path: string;
  content: string;
}

/** RFC 2047 encoded-word for a header value that is not plain ASCII. */
export function encodeHeader(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  const bytes = new TextEncoder().encode(value);
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return `=?UTF-8?B?${btoa(binary)}?=`;
}

function encodeAddress(a: { address: string; name?: string }): string {
  if (!a.name) return a.address;
  const name = encodeHeader(a.name);
  return name === a.name ? formatAddress(a) : `${name} <${a.address}>`;
}

/** RFC 5322 date, e.g. `Wed, 18 Nov 2026 15:00:00 +0000`. */
export function rfc5322Date(iso: string): string {
  return new Date(iso).toUTCString().replace("GMT", "+0000");
}

/**
 * One copy of a demo mail as an RFC 5322 message (CRLF line ends).
 *
 * @example
 * renderRfc5322(mail, { owner: "olivia.walker@fernhill.example", folder: "inbox" }, "fernhill.example")
 */
export function renderRfc5322(
  mail: DemoMail,
  copy: { owner: string; folder: "inbox" | "sent" },
  orgDomain: string,
): string {
  const h: string[] = [];
  if (copy.folder === "inbox") h.push(`Delivered-To: ${copy.owner}`);
  h.push(`X-Gmail-Labels: ${copy.folder === "sent" ? "Sent" : "Inbox"}`);
  h.push(`Date: ${rfc5322Date(mail.sentAt)}`);
  h.push(`From: ${encodeAddress(mail.from)}`);
  h.push(`To: ${mail.to.map(encodeAddress).join(", ")}`);
  if (mail.cc.length) h.push(`Cc: ${mail.cc.map(encodeAddress).join(", ")}`);
  h.push(`Subject: ${encodeHeader(mail.subject)}`);
  h.push(`Message-ID: ${mail.messageId}`);
  if (mail.inReplyTo) h.push(`In-Reply-To: ${mail.inReplyTo}`);
  if (mail.references.length) h.push(`References: ${mail.references.join(" ")}`);
  for (const [k, v] of mail.headers) h.push(`${k}: ${v}`);
  h.push("MIME-Version: 1.0");
  const text = mail.text.replace(/\r?\n/g, "\r\n");
  if (!mail.dsn) {
    h.push('Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit");
    return `${h.join("\r\n")}\r\n\r\n${text}\r\n`;
  }
  const b = `dsn-${mail.key}`;
  h.push(`Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`);
  return [
    h.join("\r\n"),
    "",
    `--${b}`,
    'Content-Type: text/plain; charset="utf-8"',
    "",
    text,
    `--${b}`,
    "Content-Type: message/delivery-status",
    "",
    deliveryStatusText(mail, orgDomain),
    `--${b}`,
    "Content-Type: text/rfc822-headers",
    "",
    `Message-ID: ${mail.dsn.originalMessageId}\r\nTo: ${mail.dsn.recipient}\r\n`,
    `--${b}--`,
    "",
  ].join("\r\n");
}

/** mboxrd: a `From ` separator line per message, `>`-quoting of body lines that start with `>*From `. */
function mboxEntry(raw: string, iso: string): string {
  const date = new Date(iso);
  const asctime = date.toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 $4");
  const body = raw.replace(/\r\n/g, "\n").replace(/^(>*From )/gm, ">$1");
  return `From MAILER-DAEMON ${asctime}\n${body}\n`;
}

const icsDate = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

function icsText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\n/g, "\\n");
}

/** Folds iCalendar content lines at 74 characters (continuation lines start with a space). */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 74) {
    out.push(rest.slice(0, 74));
    rest = ` ${rest.slice(74)}`;
  }
  out.push(rest);
  return out.join("\r\n");
}

const PARTSTAT = {
  accepted: "ACCEPTED",
  declined: "DECLINED",
  tentative: "TENTATIVE",
  needs_action: "NEEDS-ACTION",
};

/**
 * A calendar of interviews as iCalendar text.
 *
 * @example
 * renderIcs(tenant.events.filter((e) => e.calendars.includes("tom.hughes")), "Tom Hughes")
 */
export function renderIcs(events: readonly DemoEvent[], calendarName: string): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//ghostwatch//demo//EN",
    `X-WR-CALNAME:${icsText(calendarName)}`,
  ];
  for (const ev of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${ev.uid}`,
      `DTSTAMP:${icsDate(ev.updatedAt)}`,
      `CREATED:${icsDate(ev.createdAt)}`,
      `LAST-MODIFIED:${icsDate(ev.updatedAt)}`,
      `DTSTART:${icsDate(ev.start)}`,
      `DTEND:${icsDate(ev.end)}`,
      `SUMMARY:${icsText(ev.subject)}`,
      `STATUS:${ev.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      `SEQUENCE:${ev.cancelled ? 1 : 0}`,
      `ORGANIZER;CN=${icsText(ev.organizer.name ?? ev.organizer.address)}:mailto:${ev.organizer.address}`,
      ...ev.attendees.map(
        (a) =>
          `ATTENDEE;CN=${icsText(a.name ?? a.address)};PARTSTAT=${PARTSTAT[a.response]}:mailto:${a.address}`,
      ),
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/**
 * The tenant as CLI inputs: per person `mail/<mailbox>.mbox` (or, with `format: "eml"`, a folder
 * `mail/<mailbox>/` of `.eml` files) and `mail/<mailbox>.ics`, and a `ghostwatch.json`
 * configuration next to the `mail/` folder (settings and mailboxes with their files), so
 * `ghostwatch audit --config ghostwatch.json mail/` reads them.
 *
 * @example
 * for (const f of demoFiles(tenant)) writeFileSync(join(dir, f.path), f.content);
 */
export function demoFiles(
  tenant: DemoTenant,
  options: { folder?: string; format?: "mbox" | "eml" } = {},
): DemoFile[] {
  const folder = options.folder ?? "mail";
  const format = options.format ?? "mbox";
  const files: DemoFile[] = [];
  const mailboxes = [];
  for (const p of tenant.people) {
    const entries: { name: string; raw: string; at: string }[] = [];
    for (const mail of tenant.mails) {
      for (const copy of mail.copies) {
        if (copy.mailboxId !== p.mailboxId) continue;
        const raw = renderRfc5322(mail, { owner: p.address, folder: copy.folder }, tenant.orgDomain);
        entries.push({ name: `${mail.key}.eml`, raw, at: mail.sentAt });
      }
    }
    const paths: string[] = [];
    if (format === "eml") {
      for (const e of entries) files.push({ path: `${folder}/${p.mailboxId}/${e.name}`, content: e.raw });
      paths.push(`${folder}/${p.mailboxId}`);
    } else {
      files.push({
        path: `${folder}/${p.mailboxId}.mbox`,
        content: entries.map((e) => mboxEntry(e.raw, e.at)).join(""),
      });
      paths.push(`${folder}/${p.mailboxId}.mbox`);
    }
    const events = tenant.events.filter((e) => e.calendars.includes(p.mailboxId));
    if (events.length) {
      files.push({ path: `${folder}/${p.mailboxId}.ics`, content: renderIcs(events, p.name) });
      paths.push(`${folder}/${p.mailboxId}.ics`);
    }
    mailboxes.push({
      id: p.mailboxId,
      address: p.address,
      displayName: p.name,
      role: p.role,
      ...(p.team ? { team: p.team } : {}),
      paths,
    });
  }
  files.push({
    path: "ghostwatch.json",
    content: `${JSON.stringify({ ...tenant.settings, mailboxes }, null, 2)}\n`,
  });
  return files;
}
