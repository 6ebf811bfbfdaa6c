/**
 * Structured signals, read before any language: delivery-status reports and NDR markers,
 * RFC 3834 auto-reply headers, list/bulk headers, booking and assessment links, scheduling-tool
 * headers. Each returns the evidence string that names it.
 */
import type { Message } from "../model.ts";
import { normalizeText } from "./normalize.ts";

/** Links examined per message. */
export const LINKS_EXAMINED_MAX = 200;
const HEADER_CHECK_MAX = 1000;

function header(message: Message, name: string): string | undefined {
  const v = message.headers[name];
  return v === undefined ? undefined : v.slice(0, HEADER_CHECK_MAX).toLowerCase();
}

function localPart(address: string | undefined): string {
  if (!address) return "";
  const at = address.indexOf("@");
  return (at < 0 ? address : address.slice(0, at)).toLowerCase();
}

const BOUNCE_SENDERS = new Set([
  "mailer-daemon",
  "mailerdaemon",
  "mail-daemon",
  "maildaemon",
  "postmaster",
  "post_master",
  "post-master",
  "mdaemon",
  "mail-delivery-system",
]);
const BOUNCE_DISPLAY = /\b(mail delivery (subsystem|system|service)|mailer.daemon|postmaster)\b/;

/** Typical NDR subjects (normalised: lower case, no diacritics). */
export const NDR_SUBJECT =
  /(undeliverable|undelivered|delivery status notification|returned mail|returning message to sender|mail delivery fail|delivery fail|failure notice|failed delivery|delivery has failed|delivery notification|delivery problem|non remis|non distribuable|unzustellbar|nicht zustellbar|zustellung fehlgeschlagen|no se puede entregar|no entregado|nao entregue|onbestelbaar|niet afgeleverd|mail system error|message not delivered|could not be delivered|delivery report|nondeliverable|non-delivery|warning: could not send|returned to sender|error sending|trouble delivering|delivery status)/;

/** A delivery failure notice, recognised from its structure. */
export interface BounceSignal {
  evidence: string[];
  /** Strong: the structure alone decides (DSN, NDR header, failed-recipients header, mailer-daemon). */
  strong: boolean;
}

/**
 * Structural bounce evidence: `multipart/report; report-type=delivery-status`, a
 * `message/delivery-status` part, `X-Failed-Recipients`, an Exchange NDR header, a bounce sender
 * (`mailer-daemon@`, `postmaster@`) or a typical NDR subject.
 *
 * @example
 * bounceSignals(msg) // { evidence: ["dsn:report-type=delivery-status"], strong: true }
 */
export function bounceSignals(message: Message, normalizedSubject: string): BounceSignal {
  const evidence: string[] = [];
  let strong = false;
  const ct = header(message, "content-type") ?? "";
  if (ct.includes("report-type=delivery-status") || ct.includes('report-type="delivery-status"')) {
    evidence.push("dsn:report-type=delivery-status");
    strong = true;
  }
  if (
    message.attachments.some((a) => /^message\/(delivery-status|global-delivery-status)/i.test(a.contentType))
  ) {
    evidence.push("dsn:part=message/delivery-status");
    strong = true;
  }
  const action = header(message, "x-dsn-action");
  if (action !== undefined && /failed|delayed/.test(action)) {
    // The parser's view of a `message/delivery-status` part.
    evidence.push(`dsn:action=${action.split(/[,\s]/, 1)[0]}`);
    strong = true;
  }
  if (header(message, "x-failed-recipients") !== undefined) {
    evidence.push("header:x-failed-recipients");
    strong = true;
  }
  for (const name of ["x-ms-exchange-message-is-ndr", "x-ms-exchange-generated-message-source"]) {
    const v = header(message, name);
    if (v === undefined) continue;
    if (name === "x-ms-exchange-message-is-ndr" || v.includes("dsn") || v.includes("ndr")) {
      evidence.push(`header:${name}`);
      strong = true;
    }
  }
  const from = message.from;
  const senderLocal = localPart(from?.address);
  const display = normalizeText((from?.name ?? "").slice(0, 200));
  if (BOUNCE_SENDERS.has(senderLocal) || BOUNCE_DISPLAY.test(display)) {
    evidence.push(`sender:${senderLocal || display}`);
    strong = true;
  }
  if (NDR_SUBJECT.test(normalizedSubject)) evidence.push("subject:ndr");
  // RFC 5321 null reverse path: the message is a delivery report or another automatic notice.
  if (header(message, "return-path")?.trim() === "<>") evidence.push("header:return-path=<>");
  return { evidence, strong };
}

/** ARF feedback reports and read receipts: reports, but neither bounce nor auto-reply. */
export function nonDeliveryReport(message: Message): string | null {
  const ct = header(message, "content-type") ?? "";
  const m = /report-type="?(feedback-report|disposition-notification)/.exec(ct);
  if (m) return `report:report-type=${m[1]}`;
  if (message.attachments.some((a) => /^message\/feedback-report/i.test(a.contentType))) {
    return "report:part=message/feedback-report";
  }
  // A delivery-status report whose every action is a success ("delivered", "relayed", "expanded").
  const action = header(message, "x-dsn-action");
  if (action && !/failed|delayed/.test(action) && /delivered|relayed|expanded/.test(action)) {
    return `report:dsn-action=${action.split(/[,\s]/, 1)[0]}`;
  }
  return null;
}

const OOO_SUBJECT =
  /^(automatic reply|auto reply|autoreply|auto-reply|out of (the )?office|ooo\b|absence du bureau|absence|ausencia temporaria|ausencia|auto(?=\s?:)|away from (the )?office|reponse automatique|reponse automatique d'absence|absent|abwesenheitsnotiz|automatische antwort|abwesend|respuesta automatica|fuera de la oficina|resposta automatica|ausente|automatisch antwoord|afwezig|niet aanwezig|autosvar|risposta automatica)\b/;

/**
 * RFC 3834 and vendor auto-reply markers. `strong` when a header or the subject says so;
 * `weak` markers (`auto-generated`, `X-Auto-Response-Suppress`) only count with wording.
 *
 * @example
 * autoReplySignals(msg, "automatic reply: interview") // { strong: ["subject:automatic-reply"], weak: [] }
 */
export function autoReplySignals(
  message: Message,
  normalizedSubject: string,
): { strong: string[]; weak: string[] } {
  const strong: string[] = [];
  const weak: string[] = [];
  const auto = header(message, "auto-submitted");
  if (auto !== undefined && !auto.startsWith("no")) {
    if (auto.startsWith("auto-replied")) strong.push("header:auto-submitted=auto-replied");
    else weak.push(`header:auto-submitted=${auto.split(/[;\s]/, 1)[0]}`);
  }
  for (const name of ["x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-reply"]) {
    const v = header(message, name);
    if (v !== undefined && v !== "no" && v !== "false") strong.push(`header:${name}`);
  }
  const prec = header(message, "precedence");
  if (prec?.startsWith("auto_reply") || prec?.startsWith("auto-reply"))
    strong.push("header:precedence=auto_reply");
  const suppress = header(message, "x-auto-response-suppress");
  if (suppress !== undefined) weak.push("header:x-auto-response-suppress");
  const subject = normalizedSubject.replace(/^(re|aw|fw|fwd|tr|wg|rv|res)\s?:\s?/, "");
  const m = OOO_SUBJECT.exec(subject);
  if (m) strong.push(`subject:${m[1]!.replace(/\s+/g, "-")}`);
  return { strong, weak };
}

/** List and bulk markers (`List-Id`, `List-Unsubscribe`, `Precedence: bulk|list|junk`). */
export function bulkSignals(message: Message): string[] {
  const out: string[] = [];
  if (header(message, "list-id") !== undefined) out.push("header:list-id");
  if (header(message, "list-unsubscribe") !== undefined) out.push("header:list-unsubscribe");
  const prec = header(message, "precedence");
  if (prec && /^(bulk|list|junk)/.test(prec)) out.push(`header:precedence=${prec.split(/[;\s]/, 1)[0]}`);
  return out;
}

/** Scheduling-tool headers such as `X-Calendly-*`, `X-GoodTime-*`. */
export function schedulingToolHeader(message: Message): string | null {
  for (const name of Object.keys(message.headers).slice(0, 200)) {
    const n = name.toLowerCase();
    if (
      /^x-(calendly|goodtime|prelude|modernloop|greenhouse-schedul|lever-schedul|ashby|cal-com|savvycal|youcanbookme)/.test(
        n,
      )
    ) {
      return `header:${n.slice(0, 60)}`;
    }
  }
  return null;
}

interface HostRule {
  name: string;
  host: string;
  /** Path must contain this (lower case) for the rule to fire. */
  path?: string;
  /** Recruiting-specific tools decide alone; generic booking tools need a recruiting context. */
  recruiting: boolean;
}

const BOOKING_HOSTS: readonly HostRule[] = [
  { name: "goodtime.io", host: "goodtime.io", recruiting: true },
  { name: "prelude.co", host: "prelude.co", recruiting: true },
  { name: "modernloop.io", host: "modernloop.io", recruiting: true },
  { name: "greenhouse-scheduling", host: "greenhouse.io", path: "schedul", recruiting: true },
  { name: "lever-scheduling", host: "lever.co", path: "schedul", recruiting: true },
  { name: "lever-scheduling", host: "lever.co", path: "interview", recruiting: true },
  { name: "ashby-scheduling", host: "ashbyhq.com", path: "schedul", recruiting: true },
  { name: "gem-scheduling", host: "gem.com", path: "schedul", recruiting: true },
  { name: "calendly.com", host: "calendly.com", recruiting: false },
  { name: "cal.com", host: "cal.com", recruiting: false },
  { name: "savvycal.com", host: "savvycal.com", recruiting: false },
  { name: "youcanbook.me", host: "youcanbook.me", recruiting: false },
  { name: "ms-bookings", host: "outlook.office365.com", path: "bookings", recruiting: false },
  { name: "ms-bookings", host: "outlook.office.com", path: "book", recruiting: false },
  { name: "ms-bookings", host: "bookings.microsoft.com", recruiting: false },
  { name: "google-appointments", host: "calendar.app.google", recruiting: false },
  { name: "google-appointments", host: "calendar.google.com", path: "appointments", recruiting: false },
  { name: "zcal.co", host: "zcal.co", recruiting: false },
  { name: "tidycal.com", host: "tidycal.com", recruiting: false },
  { name: "acuityscheduling.com", host: "acuityscheduling.com", recruiting: false },
  { name: "oncehub.com", host: "oncehub.com", recruiting: false },
  { name: "doodle.com", host: "doodle.com", recruiting: false },
];

const ASSESSMENT_HOSTS: readonly string[] = [
  "hackerrank.com",
  "codility.com",
  "codesignal.com",
  "testgorilla.com",
  "coderbyte.com",
  "qualified.io",
  "devskiller.com",
  "testdome.com",
  "codesubmit.io",
  "hirevue.com",
  "shl.com",
  "mettl.com",
  "canditech.io",
  "vervoe.com",
  "imocha.io",
];

/** Host and path of a URL without building a `URL` (cheap, total: never throws). */
export function hostAndPath(url: string): { host: string; path: string } {
  const u = url.slice(0, 500).trim().toLowerCase();
  const scheme = u.indexOf("://");
  const rest = scheme >= 0 && scheme < 12 ? u.slice(scheme + 3) : u;
  let end = rest.length;
  for (const c of ["/", "?", "#"]) {
    const i = rest.indexOf(c);
    if (i >= 0 && i < end) end = i;
  }
  let host = rest.slice(0, end);
  const at = host.lastIndexOf("@");
  if (at >= 0) host = host.slice(at + 1);
  const colon = host.indexOf(":");
  if (colon >= 0) host = host.slice(0, colon);
  return { host, path: rest.slice(end) };
}

function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Booking and assessment links among the first {@link LINKS_EXAMINED_MAX} links. */
export interface LinkSignals {
  booking: { evidence: string; recruiting: boolean } | null;
  assessment: string | null;
}

/**
 * Looks for booking-link hosts (Calendly, GoodTime, Prelude, ModernLoop, Greenhouse/Lever/Ashby
 * scheduling, cal.com, SavvyCal, YouCanBook.me, Microsoft Bookings, Google appointment
 * schedules…) and assessment platforms (HackerRank, Codility, CodeSignal, TestGorilla…).
 *
 * @example
 * linkSignals(["https://calendly.com/ana/30min"]).booking // { evidence: "link:calendly.com", recruiting: false }
 */
export function linkSignals(links: readonly string[]): LinkSignals {
  let booking: LinkSignals["booking"] = null;
  let assessment: string | null = null;
  const n = Math.min(links.length, LINKS_EXAMINED_MAX);
  for (let i = 0; i < n; i++) {
    const { host, path } = hostAndPath(links[i]!);
    if (!host) continue;
    for (const rule of BOOKING_HOSTS) {
      if (!hostIs(host, rule.host)) continue;
      if (rule.path && !path.includes(rule.path)) continue;
      if (!booking || (rule.recruiting && !booking.recruiting)) {
        booking = { evidence: `link:${rule.name}`, recruiting: rule.recruiting };
      }
    }
    if (
      !booking &&
      /\/(self[-_]?schedul|schedul|candidate[-_]availability|availability|bookings?|meetings|interviews?|choose[-_]times?)\b/.test(
        path,
      )
    ) {
      booking = { evidence: "link:scheduling-path", recruiting: false };
    }
    if (!assessment) for (const h of ASSESSMENT_HOSTS) if (hostIs(host, h)) assessment = `link:${h}`;
    if (booking?.recruiting && assessment) break;
  }
  return { booking, assessment };
}

const ADDRESS = /[a-z0-9._%+=-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/g;
const RECIPIENT_LINE =
  /^(final-recipient|original-recipient|x-failed-recipients|x-actual-recipient)\s?:|^<[^<>\s]{3,320}>:|^\s*(your message to|delivery to the following|the following (address|recipient)|failed recipient|unknown user|user unknown|recipient address rejected)|\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b|(delivering|deliver|delivered) (your )?(mail|message)? ?to|could not be delivered to|not listed in|does not exist|no such (user|mailbox|recipient)|mailbox (is )?(full|unavailable)|recipient address rejected/;
const NOT_RECIPIENT_LINE =
  /^\s*(\(?envelope-from|from:|return-path:|reply-to:|message-id:|sender:|reporting-mta)/;

/**
 * Failed recipient addresses named by an `X-Failed-Recipients` header or the DSN/NDR text
 * (`Final-Recipient: rfc822; a@b.c`, Postfix `<a@b.c>:` lines, Exchange "Your message to …").
 *
 * @example
 * bouncedRecipients(msg) // ["ana@example.org"]
 */
export function bouncedRecipients(message: Message, text: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(s); m !== null && out.size < 20; m = ADDRESS.exec(s)) {
      out.add(m[0].replace(/^[.=+-]+|[.-]+$/g, ""));
    }
  };
  const failed = message.headers["x-failed-recipients"];
  if (failed) add(failed.slice(0, HEADER_CHECK_MAX).toLowerCase());
  const finalRecipient =
    message.headers["x-dsn-final-recipient"] ?? message.headers["x-dsn-original-recipient"];
  if (finalRecipient) add(finalRecipient.slice(0, HEADER_CHECK_MAX).toLowerCase());
  // A machine-readable report is authoritative; the text is only read when there is none.
  if (out.size > 0) return [...out].slice(0, 20);
  const lines = text.slice(0, 16 * 1024).split("\n", 400);
  for (let i = 0; i < lines.length && out.size < 20; i++) {
    const line = lines[i]!.slice(0, 400).toLowerCase().trim();
    if (NOT_RECIPIENT_LINE.test(line) || !RECIPIENT_LINE.test(line)) continue;
    add(line);
    if (/^(your message to|delivery to the following|the following)/.test(line) && !line.includes("@")) {
      add((lines[i + 1] ?? "").slice(0, 400).toLowerCase());
    }
  }
  const own = new Set([message.from?.address, ...message.to.map((t) => t.address)].filter(Boolean));
  return [...out]
    .filter((a) => !own.has(a) || failed !== undefined || finalRecipient !== undefined)
    .slice(0, 20);
}
