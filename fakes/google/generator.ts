/**
 * Deterministic generator of realistic recruiting mail and calendar events for the fake, so a
 * test or the demo can ask for "10,000 messages" cheaply. The wording is written for the fake
 * (not taken from any real mailbox).
 */

/**
 * A small seeded PRNG (mulberry32).
 *
 * @example
 * const rand = prng(42); rand(); // a number in [0, 1)
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the fake keeps of one message; rendered to Gmail's formats on demand. */
export interface FakeMessageSpec {
  from: string;
  to: string[];
  cc?: string[] | undefined;
  subject: string;
  /** Date header, epoch ms. */
  date: number;
  messageId: string;
  inReplyTo?: string | undefined;
  references?: string[] | undefined;
  text: string;
  html?: string | undefined;
  /** iCalendar text for a `text/calendar` part. */
  calendar?: string | undefined;
  /** Body of a `message/delivery-status` part (makes the message a multipart/report DSN). */
  deliveryStatus?: string | undefined;
  headers?: [string, string][] | undefined;
  attachments?: { filename: string; mimeType: string; size: number }[] | undefined;
  /** Gmail labels, e.g. INBOX or SENT. */
  labelIds?: string[] | undefined;
  threadKey?: string | undefined;
}

const FIRST = [
  "Alex",
  "Maria",
  "Jonas",
  "Priya",
  "Chen",
  "Fatima",
  "Lucas",
  "Sofia",
  "Noah",
  "Amara",
  "Elif",
  "Tomás",
];
const LAST = [
  "Keller",
  "Okafor",
  "Dubois",
  "Santos",
  "Nguyen",
  "Meyer",
  "Jansen",
  "Rossi",
  "Kowalski",
  "Haddad",
];
const ROLES = ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Sales Manager", "QA Engineer"];
const CANDIDATE_DOMAINS = ["mail.example", "post.example", "inbox.example"];

interface Template {
  direction: "out" | "in";
  subject: (role: string) => string;
  text: (name: string, role: string, org: string) => string;
  booking?: boolean;
  invite?: boolean;
}

const TEMPLATES: Template[] = [
  {
    direction: "out",
    subject: (r) => `Next steps for the ${r} role`,
    text: (n, r, o) =>
      `Hi ${n},\n\nThanks for applying to ${o} for the ${r} position. We would like to set up a first call. Could you share a few times that suit you next week?\n\nBest regards`,
  },
  {
    direction: "out",
    subject: (r) => `Book your interview: ${r}`,
    text: (n) =>
      `Hello ${n},\n\nPlease pick a slot that works for you here: https://calendly.com/acme-talent/30min\n\nThanks`,
    booking: true,
  },
  {
    direction: "out",
    subject: (r) => `Interview confirmed: ${r}`,
    text: (n) =>
      `Hi ${n},\n\nYour interview is confirmed. You will find the invitation attached.\n\nSee you then`,
    invite: true,
  },
  {
    direction: "out",
    subject: (r) => `Your application for ${r}`,
    text: (n, r) =>
      `Dear ${n},\n\nThank you for your interest in the ${r} role. After careful consideration we will not be moving forward with your application.\n\nKind regards`,
  },
  {
    direction: "in",
    subject: (r) => `Re: Next steps for the ${r} role`,
    text: () => "Hi,\n\nThank you! I am available Tuesday after 2pm or Thursday morning.\n\nBest",
  },
  {
    direction: "in",
    subject: (r) => `Question about my application (${r})`,
    text: () => "Hello,\n\nI wanted to ask whether there is any update on my application.\n\nThanks a lot",
  },
  {
    direction: "in",
    subject: () => "Team lunch on Friday",
    text: () => "Hi all, shall we book the usual place for Friday at noon?",
  },
];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function person(rand: () => number) {
  const first = pick(rand, FIRST);
  const last = pick(rand, LAST);
  return {
    first,
    name: `${first} ${last}`,
    local: `${first}.${last}`
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z.]/g, ""),
  };
}

function icsInvite(uid: string, start: number, organizer: string, attendee: string, summary: string): string {
  const fmt = (ms: number) =>
    new Date(ms)
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
  return [
    "BEGIN:VCALENDAR",
    "PRODID:-//ghostwatch fake//EN",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${fmt(start - 86_400_000)}`,
    `DTSTART:${fmt(start)}`,
    `DTEND:${fmt(start + 3_600_000)}`,
    `SUMMARY:${summary}`,
    `ORGANIZER;CN=Recruiting:mailto:${organizer}`,
    `ATTENDEE;CN=Candidate;RSVP=TRUE:mailto:${attendee}`,
    "SEQUENCE:0",
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
}

/**
 * Generates `count` message specs for `user` with dates spread over `[endMs - spanDays, endMs]`
 * (oldest first). About 1 in 40 is a delivery-status bounce, 1 in 7 carries HTML.
 *
 * @example
 * const specs = generateMessages({ user: "ana@acme.example", count: 10_000, endMs: Date.now(), spanDays: 100, seed: 1 });
 */
export function generateMessages(options: {
  user: string;
  count: number;
  endMs: number;
  spanDays: number;
  seed: number;
}): FakeMessageSpec[] {
  const rand = prng(options.seed);
  const orgDomain = options.user.split("@")[1] ?? "acme.example";
  const org = orgDomain.split(".")[0] ?? "Acme";
  const span = options.spanDays * 86_400_000;
  const out: FakeMessageSpec[] = [];
  for (let i = 0; i < options.count; i++) {
    const date = Math.round(options.endMs - span + (span * (i + rand() * 0.9)) / Math.max(1, options.count));
    const cand = person(rand);
    const candidate = `${cand.local}${Math.floor(rand() * 900 + 100)}@${pick(rand, CANDIDATE_DOMAINS)}`;
    const role = pick(rand, ROLES);
    const messageId = `<${date.toString(36)}.${i}.${Math.floor(rand() * 1e9).toString(36)}@${i % 2 ? "mail.example" : orgDomain}>`;
    if (rand() < 0.025) {
      out.push({
        from: `Mail Delivery Subsystem <mailer-daemon@${orgDomain}>`,
        to: [options.user],
        subject: "Delivery Status Notification (Failure)",
        date,
        messageId,
        text: `Your message to ${candidate} could not be delivered. The address was not found.`,
        deliveryStatus: `Reporting-MTA: dns; mx.${orgDomain}\r\n\r\nFinal-Recipient: rfc822; ${candidate}\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n`,
        headers: [["Auto-Submitted", "auto-replied"]],
        labelIds: ["INBOX"],
      });
      continue;
    }
    const t = pick(rand, TEMPLATES);
    const outbound = t.direction === "out";
    const spec: FakeMessageSpec = {
      from: outbound ? `${org} Talent <${options.user}>` : `${cand.name} <${candidate}>`,
      to: outbound ? [`${cand.name} <${candidate}>`] : [options.user],
      subject: t.subject(role),
      date,
      messageId,
      text: t.text(cand.first, role, org),
      labelIds: outbound ? ["SENT"] : ["INBOX", "UNREAD", "CATEGORY_PERSONAL"],
      threadKey: candidate,
    };
    if (t.subject(role).startsWith("Re:")) {
      const parent = `<${(date - 3_600_000).toString(36)}.parent@${orgDomain}>`;
      spec.inReplyTo = parent;
      spec.references = [parent];
    }
    if (t.booking || rand() < 0.15) {
      spec.html = `<html><body><p>${spec.text.replace(/\n/g, "<br>")}</p>${
        t.booking ? '<p><a href="https://calendly.com/acme-talent/30min">Choose a time</a></p>' : ""
      }</body></html>`;
    }
    if (t.invite) {
      spec.calendar = icsInvite(
        `${messageId.slice(1, -1)}-ics`,
        date + 3 * 86_400_000,
        options.user,
        candidate,
        `Interview: ${role}`,
      );
    }
    if (rand() < 0.05) spec.attachments = [{ filename: "cv.pdf", mimeType: "application/pdf", size: 48_213 }];
    out.push(spec);
  }
  return out;
}

/** What the fake keeps of one calendar event (Calendar API `Event` fields). */
export interface FakeEventSpec {
  id?: string | undefined;
  /** RRULE/EXDATE lines of a series master, e.g. `["RRULE:FREQ=WEEKLY;COUNT=4"]` (timed events). */
  recurrence?: string[] | undefined;
  iCalUID?: string | undefined;
  status?: "confirmed" | "tentative" | "cancelled" | undefined;
  summary?: string | undefined;
  start: { dateTime?: string; date?: string; timeZone?: string };
  end: { dateTime?: string; date?: string; timeZone?: string };
  organizer?: { email: string; displayName?: string; self?: boolean } | undefined;
  attendees?:
    | {
        email: string;
        displayName?: string;
        responseStatus: "needsAction" | "declined" | "tentative" | "accepted";
        organizer?: boolean;
        self?: boolean;
        optional?: boolean;
        resource?: boolean;
      }[]
    | undefined;
}

const ZONES = ["Europe/Zurich", "Europe/Berlin", "America/New_York", "Europe/London"];
const RESPONSES = ["accepted", "accepted", "needsAction", "tentative", "declined"] as const;

/**
 * Generates `count` interview-like events for `user` spread over `[startMs, endMs]`; about 1 in
 * 12 is cancelled and 1 in 25 is an all-day block.
 *
 * @example
 * generateEvents({ user: "ana@acme.example", count: 500, startMs, endMs, seed: 2 });
 */
export function generateEvents(options: {
  user: string;
  count: number;
  startMs: number;
  endMs: number;
  seed: number;
}): FakeEventSpec[] {
  const rand = prng(options.seed);
  const out: FakeEventSpec[] = [];
  const span = options.endMs - options.startMs;
  for (let i = 0; i < options.count; i++) {
    const start =
      Math.floor((options.startMs + (span * (i + rand() * 0.8)) / Math.max(1, options.count)) / 900_000) *
      900_000;
    const cand = person(rand);
    const candidate = `${cand.local}${Math.floor(rand() * 900 + 100)}@${pick(rand, CANDIDATE_DOMAINS)}`;
    const role = pick(rand, ROLES);
    const zone = pick(rand, ZONES);
    if (rand() < 0.04) {
      const day = new Date(start).toISOString().slice(0, 10);
      const next = new Date(start + 86_400_000).toISOString().slice(0, 10);
      out.push({
        summary: "Hiring day",
        start: { date: day },
        end: { date: next },
        organizer: { email: options.user, self: true },
      });
      continue;
    }
    out.push({
      status: rand() < 0.08 ? "cancelled" : "confirmed",
      summary: `Interview: ${cand.name} (${role})`,
      start: { dateTime: new Date(start).toISOString().replace(".000Z", "Z"), timeZone: zone },
      end: { dateTime: new Date(start + 3_600_000).toISOString().replace(".000Z", "Z"), timeZone: zone },
      organizer: { email: options.user, self: true },
      attendees: [
        { email: options.user, organizer: true, self: true, responseStatus: "accepted" },
        { email: candidate, displayName: cand.name, responseStatus: pick(rand, RESPONSES) },
        ...(rand() < 0.3
          ? [
              {
                email: `room-${i % 7}@resource.calendar.google.com`,
                resource: true,
                responseStatus: "accepted" as const,
              },
            ]
          : []),
      ],
    });
  }
  return out;
}
