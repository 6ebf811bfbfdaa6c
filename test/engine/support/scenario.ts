/**
 * A small builder for hand-written candidate timelines: mailboxes of a hiring team (Microsoft
 * and Google), messages with copies in several mailboxes, calendar events, and a table-driven
 * `Classify` keyed by message so the rules are tested independently of the real classifier.
 */
import { type AuditResult, audit } from "../../../src/engine/audit.ts";
import {
  type CalendarEvent,
  CalendarEvent as CalendarEventSchema,
  type CalendarPart,
  type Classification,
  type Classify,
  type Label,
  type Mailbox,
  type Message,
  Message as MessageSchema,
  type Provider,
} from "../../../src/engine/model.ts";
import { TenantSettings, type TenantSettingsInput } from "../../../src/engine/settings.ts";

export interface Person {
  address: string;
  name?: string;
}

/** `"Ana Souza <ana@example.org>"` or `"ana@example.org"` → a person. */
export function person(spec: string): Person {
  const m = spec.match(/^\s*(.*?)\s*<([^>]+)>\s*$/);
  if (m) return { name: m[1] || undefined, address: (m[2] as string).toLowerCase() };
  return { address: spec.trim().toLowerCase() };
}

export interface MessageSpec {
  /** Short id; the Internet Message-ID becomes `<id@mail.test>` unless `messageId` is given (null: none). */
  id: string;
  /** Mailboxes holding a copy (each copy gets its own provider id and thread id). */
  in: string | string[];
  from: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  replyTo?: string[];
  sender?: string;
  /** Send time, ISO with offset. */
  at: string;
  subject: string;
  excerpt?: string;
  /** The label the table-driven classifier returns for it. */
  label: Label;
  availability?: boolean;
  language?: string;
  role?: string;
  bouncedRecipients?: string[];
  /** Thread name shared by messages of one conversation (scoped per mailbox like real providers). */
  thread?: string;
  inReplyTo?: string;
  references?: string[];
  messageId?: string | null;
  headers?: Record<string, string>;
  calendar?: Partial<CalendarPart> & { method: string };
  links?: string[];
  folder?: "inbox" | "sent" | "other";
}

export interface EventSpec {
  id: string;
  in: string | string[];
  uid?: string | null;
  subject: string;
  organizer: string;
  attendees: (string | { address: string; response?: CalendarEvent["attendees"][number]["response"] })[];
  start: string;
  end: string;
  cancelled?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

export interface ScenarioOptions {
  settings?: Partial<TenantSettingsInput>;
  now: string;
}

/** Builds a scenario; call `run()` to audit it. */
export class Scenario {
  readonly mailboxes: Mailbox[] = [];
  readonly messages: Message[] = [];
  readonly events: CalendarEvent[] = [];
  readonly settings: TenantSettings;
  readonly now: Date;
  private readonly labels = new Map<string, Classification>();
  /** Message keys the classifier was asked about (to check the table was complete). */
  readonly unknown: string[] = [];

  constructor(options: ScenarioOptions) {
    this.settings = TenantSettings.parse({ orgDomains: ["acme.com"], timeZone: "UTC", ...options.settings });
    this.now = new Date(options.now);
  }

  mailbox(
    id: string,
    address: string,
    opts: { provider?: Provider; team?: string; role?: Mailbox["role"]; name?: string } = {},
  ): this {
    this.mailboxes.push({
      id,
      address: address.toLowerCase(),
      provider: opts.provider ?? "microsoft",
      role: opts.role ?? "recruiter",
      ...(opts.team ? { team: opts.team } : {}),
      ...(opts.name ? { displayName: opts.name } : {}),
    });
    return this;
  }

  message(spec: MessageSpec): this {
    const boxes = Array.isArray(spec.in) ? spec.in : [spec.in];
    const internetMessageId = spec.messageId === null ? null : (spec.messageId ?? `<${spec.id}@mail.test>`);
    const key = internetMessageId ?? spec.id;
    const c: Classification = { label: spec.label, confidence: 0.95, evidence: [`table:${spec.id}`] };
    if (spec.availability !== undefined) c.availability = spec.availability;
    if (spec.language) c.language = spec.language;
    if (spec.role) c.role = spec.role;
    if (spec.bouncedRecipients) c.bouncedRecipients = spec.bouncedRecipients;
    this.labels.set(key, c);
    for (const box of boxes) {
      if (internetMessageId === null) this.labels.set(boxes.length > 1 ? `${box}:${spec.id}` : spec.id, c);
      const mb = this.mailboxes.find((m) => m.id === box);
      if (!mb) throw new Error(`scenario: message ${spec.id} names unknown mailbox ${box}`);
      const from = person(spec.from);
      this.messages.push(
        MessageSchema.parse({
          id: boxes.length > 1 ? `${box}:${spec.id}` : spec.id,
          mailboxId: box,
          provider: mb.provider,
          internetMessageId,
          inReplyTo: spec.inReplyTo ? `<${spec.inReplyTo}@mail.test>` : null,
          references: (spec.references ?? []).map((r) => `<${r}@mail.test>`),
          threadId: spec.thread ? `${box}-${spec.thread}` : null,
          from,
          sender: spec.sender ? person(spec.sender) : null,
          replyTo: (spec.replyTo ?? []).map(person),
          to: (spec.to ?? []).map(person),
          cc: (spec.cc ?? []).map(person),
          bcc: (spec.bcc ?? []).map(person),
          sentAt: spec.at,
          receivedAt: spec.at,
          subject: spec.subject,
          excerpt: spec.excerpt ?? "",
          headers: spec.headers ?? {},
          links: spec.links ?? [],
          calendar: spec.calendar ?? null,
          folder: spec.folder ?? (from.address === mb.address ? "sent" : "inbox"),
        }),
      );
    }
    return this;
  }

  event(spec: EventSpec): this {
    const boxes = Array.isArray(spec.in) ? spec.in : [spec.in];
    for (const box of boxes) {
      const mb = this.mailboxes.find((m) => m.id === box);
      if (!mb) throw new Error(`scenario: event ${spec.id} names unknown mailbox ${box}`);
      this.events.push(
        CalendarEventSchema.parse({
          id: `${box}:${spec.id}`,
          mailboxId: box,
          provider: mb.provider,
          iCalUId: spec.uid === null ? null : (spec.uid ?? `${spec.id}@calendar.test`),
          subject: spec.subject,
          organizer: person(spec.organizer),
          attendees: spec.attendees.map((a) =>
            typeof a === "string"
              ? { ...person(a), response: "accepted" }
              : { address: a.address, response: a.response ?? "accepted" },
          ),
          start: spec.start,
          end: spec.end,
          cancelled: spec.cancelled ?? false,
          createdAt: spec.createdAt ?? null,
          updatedAt: spec.updatedAt ?? null,
        }),
      );
    }
    return this;
  }

  /** The table-driven classifier: the label given in each message spec. */
  readonly classify: Classify = (m) => {
    const key = m.internetMessageId ?? m.id;
    const c = this.labels.get(key);
    if (!c) {
      this.unknown.push(key);
      return { label: "other", confidence: 0.5, evidence: ["table:missing"] };
    }
    return c;
  };

  /** Audits the scenario with the table-driven classifier, or with `classify` (e.g. the real one). */
  run(now: string | Date = this.now, classify: Classify = this.classify): AuditResult {
    return audit(
      { mailboxes: this.mailboxes, messages: this.messages, events: this.events },
      { settings: this.settings, classify, now: typeof now === "string" ? new Date(now) : now },
    );
  }

  /** What the table says a message is (by Message-ID, else provider id). */
  expectedLabel(m: Message): Label | undefined {
    return this.labels.get(m.internetMessageId ?? m.id)?.label;
  }
}

/** The standard hiring team: two recruiters (Microsoft and Google), a coordinator, a hiring manager. */
export function acmeTeam(options: ScenarioOptions): Scenario {
  return new Scenario(options)
    .mailbox("mb-jo", "jo.recruiter@acme.com", {
      provider: "microsoft",
      team: "engineering",
      name: "Jo Martin",
    })
    .mailbox("mb-sam", "sam.lee@acme.com", { provider: "google", team: "engineering", name: "Sam Lee" })
    .mailbox("mb-kim", "kim.coord@acme.com", {
      provider: "google",
      team: "engineering",
      role: "coordinator",
      name: "Kim Park",
    })
    .mailbox("mb-max", "max.manager@acme.com", {
      provider: "microsoft",
      team: "engineering",
      role: "hiring_manager",
      name: "Max Weber",
    });
}

/** Findings of one type. */
export function ofType(result: AuditResult, type: string) {
  return result.findings.filter((f) => f.type === type);
}
