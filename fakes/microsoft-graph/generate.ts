/**
 * Deterministic generator of realistic Graph `message`, `eventMessageRequest` and `event`
 * resources, so a test can ask the fake for "10,000 messages" in one control call.
 * The content is synthetic (invented names, companies and wording), shaped like Graph v1.0 output.
 */

/** Small seeded PRNG (mulberry32): the same seed gives the same mailbox. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ana",
  "Bilal",
  "Chloé",
  "Dmitri",
  "Elif",
  "Femi",
  "Greta",
  "Hiro",
  "Inès",
  "Jonas",
  "Kwame",
  "Lena",
];
const LAST = [
  "Moreau",
  "Okafor",
  "Lindqvist",
  "Tanaka",
  "Rossi",
  "Novak",
  "Silva",
  "Haddad",
  "Berg",
  "Kowalski",
];
const ROLES = ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Site Reliability Engineer"];
const SUBJECTS = [
  (role: string) => `Your application for ${role}`,
  (role: string) => `Interview availability – ${role}`,
  (role: string) => `Re: Next steps for the ${role} role`,
  (role: string) => `Take-home exercise (${role})`,
  () => "Quarterly planning notes",
  () => "Re: Team lunch on Friday",
];
const BODIES = [
  "Thank you for applying. We have received your application and will review it shortly.",
  "Could you share a few times that work for a 45 minute call next week? You can also book here: https://scheduling.example.net/r/abc123",
  "Thanks for the update. I am available Tuesday after 2pm or Wednesday morning.",
  "Please find the exercise attached. We suggest spending no more than three hours on it.",
  "Notes from the planning meeting are in the shared folder.",
  "I just wanted to follow up on my application status. Is there any news?",
];

export interface GenerateMessagesOptions {
  /** How many messages. */
  count: number;
  /** Seed of the PRNG (default 1). */
  seed?: number;
  /** The mailbox's own address (sender of sent items, recipient of inbox items). */
  mailbox: string;
  /** `inbox` items are received, `sentitems` items are sent by the mailbox. */
  folder: string;
  /** Newest received time (ISO, default now). Items spread backwards from it. */
  newest?: string;
  /** Spread of received times, in days before `newest` (default 100). */
  spreadDays?: number;
  /** Share of inbox items that are meeting requests (`eventMessageRequest`), default 0.02. */
  meetingRequestRatio?: number;
  /** Id prefix so ids are unique across calls (default folder + seed). */
  idPrefix?: string;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function person(rand: () => number, domain: string) {
  const first = pick(rand, FIRST);
  const last = pick(rand, LAST);
  const local = `${first}.${last}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z.]/g, "");
  return { name: `${first} ${last}`, address: `${local}${Math.floor(rand() * 90) + 10}@${domain}` };
}

function graphDateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.0000000`;
}

/**
 * Generates `count` Graph message resources (full property set, as `GET /messages/{id}` would
 * return with `Prefer: outlook.body-content-type="text"`).
 *
 * @example
 * const msgs = generateMessages({ count: 3, mailbox: "rec@contoso.com", folder: "inbox" });
 */
export function generateMessages(options: GenerateMessagesOptions): Record<string, unknown>[] {
  const rand = createRandom(options.seed ?? 1);
  const newest = options.newest ? Date.parse(options.newest) : Date.now();
  const spreadMs = (options.spreadDays ?? 100) * 86_400_000;
  const prefix = options.idPrefix ?? `${options.folder}-${options.seed ?? 1}`;
  const sent = options.folder.toLowerCase() === "sentitems";
  const ratio = options.meetingRequestRatio ?? 0.02;
  const out: Record<string, unknown>[] = [];
  const own = { name: "Recruiting", address: options.mailbox };
  for (let i = 0; i < options.count; i++) {
    const received =
      newest - Math.floor((spreadMs * i) / Math.max(1, options.count)) - Math.floor(rand() * 1000);
    const other = person(rand, rand() < 0.7 ? "mail.example.org" : "contoso.com");
    const role = pick(rand, ROLES);
    const subject = pick(rand, SUBJECTS)(role);
    const body = pick(rand, BODIES);
    const id = `AAMk${prefix}-${i.toString(36)}`;
    const from = sent ? own : other;
    const to = sent ? other : own;
    const messageId = `<${prefix}.${i}.${Math.floor(rand() * 1e9)}@mail.example.org>`;
    const isMeeting = !sent && rand() < ratio;
    const base: Record<string, unknown> = {
      "@odata.type": isMeeting ? "#microsoft.graph.eventMessageRequest" : "#microsoft.graph.message",
      "@odata.etag": `W/"CQAAABYAAAC${i.toString(36)}"`,
      id,
      createdDateTime: `${new Date(received).toISOString().slice(0, 19)}Z`,
      lastModifiedDateTime: `${new Date(received).toISOString().slice(0, 19)}Z`,
      changeKey: `CQAAABYAAAC${i.toString(36)}`,
      receivedDateTime: `${new Date(received).toISOString().slice(0, 19)}Z`,
      sentDateTime: `${new Date(received - 2000).toISOString().slice(0, 19)}Z`,
      hasAttachments: false,
      internetMessageId: messageId,
      subject: isMeeting ? `Interview: ${role}` : subject,
      bodyPreview: body.slice(0, 255),
      importance: "normal",
      parentFolderId: `folder-${options.folder}`,
      conversationId: `AAQk${prefix}-${Math.floor(i / 3).toString(36)}`,
      isRead: rand() < 0.5,
      isDraft: false,
      body: { contentType: "text", content: `${body}\r\n\r\nBest regards,\r\n${from.name}` },
      sender: { emailAddress: from },
      from: { emailAddress: from },
      toRecipients: [{ emailAddress: to }],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
    };
    // Observed: Sent Items often lack internetMessageHeaders even when selected.
    if (!sent) {
      const headers = [
        { name: "Received", value: "from mail.example.org by outlook.office365.com" },
        { name: "MIME-Version", value: "1.0" },
        { name: "Message-ID", value: messageId },
        { name: "Content-Type", value: "text/plain; charset=utf-8" },
      ];
      if (rand() < 0.03) headers.push({ name: "Auto-Submitted", value: "auto-replied" });
      base.internetMessageHeaders = headers;
    }
    if (isMeeting) {
      const start = received + 3 * 86_400_000;
      base.meetingMessageType = "meetingRequest";
      base.startDateTime = { dateTime: graphDateTime(start), timeZone: "UTC" };
      base.endDateTime = { dateTime: graphDateTime(start + 3_600_000), timeZone: "UTC" };
      base.isOutOfDate = false;
      base.isAllDay = false;
      base.type = "singleInstance";
      base.event = {
        id: `AAMkEv${prefix}-${i.toString(36)}`,
        iCalUId: `040000008200E00074C5B7101A82E008${prefix}${i}`,
        subject: `Interview: ${role}`,
        isCancelled: false,
        start: base.startDateTime,
        end: base.endDateTime,
        organizer: { emailAddress: from },
        attendees: [
          { type: "required", status: { response: "none", time: "0001-01-01T00:00:00Z" }, emailAddress: to },
        ],
      };
    }
    out.push(base);
  }
  return out;
}

export interface GenerateEventsOptions {
  count: number;
  seed?: number;
  mailbox: string;
  /** Centre of the spread (ISO, default now); events spread from `pastDays` before to `futureDays` after. */
  around?: string;
  pastDays?: number;
  futureDays?: number;
  idPrefix?: string;
}

const RESPONSES = ["accepted", "declined", "tentativelyAccepted", "none", "notResponded"];

/**
 * Generates `count` Graph event resources spread over a window around `around`.
 *
 * @example
 * const events = generateEvents({ count: 2, mailbox: "rec@contoso.com" });
 */
export function generateEvents(options: GenerateEventsOptions): Record<string, unknown>[] {
  const rand = createRandom((options.seed ?? 1) + 7919);
  const centre = options.around ? Date.parse(options.around) : Date.now();
  const from = centre - (options.pastDays ?? 100) * 86_400_000;
  const span = ((options.pastDays ?? 100) + (options.futureDays ?? 50)) * 86_400_000;
  const prefix = options.idPrefix ?? `ev-${options.seed ?? 1}`;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < options.count; i++) {
    const start = from + Math.floor((span * i) / Math.max(1, options.count));
    const candidate = person(rand, "mail.example.org");
    const role = pick(rand, ROLES);
    out.push({
      "@odata.type": "#microsoft.graph.event",
      "@odata.etag": `W/"EZ9r3czxY0m2jz8c45czkw${i.toString(36)}"`,
      id: `AAMkEv${prefix}-${i.toString(36)}`,
      createdDateTime: new Date(start - 5 * 86_400_000).toISOString(),
      lastModifiedDateTime: new Date(start - 4 * 86_400_000).toISOString(),
      iCalUId: `040000008200E00074C5B7101A82E00800000000${prefix}${i}`,
      subject: rand() < 0.8 ? `Interview – ${candidate.name} (${role})` : "Team sync",
      bodyPreview: "",
      isAllDay: false,
      isCancelled: rand() < 0.05,
      isOrganizer: true,
      type: "singleInstance",
      showAs: "busy",
      originalStartTimeZone: "W. Europe Standard Time",
      originalEndTimeZone: "W. Europe Standard Time",
      start: { dateTime: graphDateTime(start), timeZone: "UTC" },
      end: { dateTime: graphDateTime(start + 3_600_000), timeZone: "UTC" },
      location: { displayName: "Teams" },
      attendees: [
        {
          type: "required",
          status: { response: pick(rand, RESPONSES), time: "0001-01-01T00:00:00Z" },
          emailAddress: candidate,
        },
      ],
      organizer: { emailAddress: { name: "Recruiting", address: options.mailbox } },
    });
  }
  return out;
}
