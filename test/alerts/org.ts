/**
 * A realistic hiring organisation for report tests and the browser check: four monitored
 * mailboxes in two teams, ~30 candidates over five weeks with the situations the audit looks for
 * (closed processes, ghosting after a reply or an interview, invite-then-reject across people,
 * bounces, stalled scheduling, replies about to go overdue). Written by hand for the tests; the
 * labels come from a table, so report tests do not depend on the classifier's wording.
 */
import { type AuditResult, audit } from "../../src/engine/audit.ts";
import {
  type CalendarEvent,
  CalendarEvent as CalendarEventSchema,
  type Classification,
  type Classify,
  type Label,
  type Mailbox,
  type Message,
  Message as MessageSchema,
} from "../../src/engine/model.ts";
import { TenantSettings } from "../../src/engine/settings.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;

export const ORG_SETTINGS = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "Europe/Berlin",
  teams: { engineering: { lead: "max.manager@acme.com" }, sales: { lead: "lea.lead@acme.com" } },
});

export const MAILBOXES: Mailbox[] = [
  {
    id: "mb-jo",
    address: "jo.recruiter@acme.com",
    displayName: "Jo Martin",
    provider: "microsoft",
    role: "recruiter",
    team: "engineering",
  },
  {
    id: "mb-kim",
    address: "kim.coord@acme.com",
    displayName: "Kim Park",
    provider: "google",
    role: "coordinator",
    team: "engineering",
  },
  {
    id: "mb-max",
    address: "max.manager@acme.com",
    displayName: "Max Weber",
    provider: "microsoft",
    role: "hiring_manager",
    team: "engineering",
  },
  {
    id: "mb-sam",
    address: "sam.lee@acme.com",
    displayName: "Sam Lee",
    provider: "google",
    role: "recruiter",
    team: "sales",
  },
];

const FIRST = [
  "Ana",
  "Ben",
  "Chloé",
  "Dev",
  "Eva",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kaito",
  "Lena",
  "Mia",
  "Nico",
  "Olu",
];
const LAST = [
  "Souza",
  "Okafor",
  "Durand",
  "Patel",
  "Schmidt",
  "Haddad",
  "Larsen",
  "Moreau",
  "García",
  "Becker",
  "Sato",
  "Novak",
];

/** The organisation's audit input plus the table-driven classifier, as of `now`. */
export class Organisation {
  readonly messages: Message[] = [];
  readonly events: CalendarEvent[] = [];
  private readonly labels = new Map<string, Classification>();
  private seq = 0;

  readonly classify: Classify = (m) =>
    this.labels.get(m.internetMessageId ?? m.id) ?? {
      label: "other",
      confidence: 0.5,
      evidence: ["table:missing"],
    };

  message(spec: {
    box: string;
    from: string;
    to: string;
    at: number;
    subject: string;
    excerpt: string;
    label: Label;
    availability?: boolean;
    bounced?: string[];
    copies?: string[];
  }): string {
    const id = `m${++this.seq}`;
    const internetMessageId = `<${id}@mail.acme.test>`;
    const c: Classification = {
      label: spec.label,
      confidence: 0.93,
      evidence: [`table:${id}`],
      language: "en",
    };
    if (spec.availability !== undefined) c.availability = spec.availability;
    if (spec.bounced) c.bouncedRecipients = spec.bounced;
    this.labels.set(internetMessageId, c);
    for (const box of [spec.box, ...(spec.copies ?? [])]) {
      const mailbox = MAILBOXES.find((m) => m.id === box);
      if (!mailbox) throw new Error(`unknown mailbox ${box}`);
      const iso = new Date(spec.at).toISOString();
      this.messages.push(
        MessageSchema.parse({
          id: `${box}:${id}`,
          mailboxId: box,
          provider: mailbox.provider,
          internetMessageId,
          from: { address: spec.from },
          to: [{ address: spec.to }],
          sentAt: iso,
          receivedAt: iso,
          subject: spec.subject,
          excerpt: spec.excerpt,
          folder: spec.from === mailbox.address ? "sent" : "inbox",
        }),
      );
    }
    return id;
  }

  interview(box: string, organizer: string, candidate: string, start: number, role: string): void {
    const id = `ev${++this.seq}`;
    const mailbox = MAILBOXES.find((m) => m.id === box);
    if (!mailbox) throw new Error(`unknown mailbox ${box}`);
    this.events.push(
      CalendarEventSchema.parse({
        id: `${box}:${id}`,
        mailboxId: box,
        provider: mailbox.provider,
        iCalUId: `${id}@calendar.acme.test`,
        subject: `Interview: ${role}`,
        organizer: { address: organizer },
        attendees: [
          { address: organizer, response: "organizer" },
          { address: candidate, response: "accepted" },
        ],
        start: new Date(start).toISOString(),
        end: new Date(start + HOUR).toISOString(),
      }),
    );
  }

  run(now: Date): AuditResult {
    return audit(
      { mailboxes: MAILBOXES, messages: this.messages, events: this.events },
      { settings: ORG_SETTINGS, classify: this.classify, now },
    );
  }
}

/** Business-day offset helper: `at(base, days, hour)` in UTC (Berlin is UTC+1 in Feb/Mar). */
function at(base: number, days: number, hour: number): number {
  return base + days * DAY + (hour - 1) * HOUR;
}

/**
 * Builds the organisation whose report week is 2–9 March 2026 (Berlin). `now` is Monday
 * 9 March 00:00 Berlin.
 *
 * @example
 * const { org, now } = realisticOrganisation();
 * const report = buildReport(org.run(now), { settings: ORG_SETTINGS, now });
 */
export function realisticOrganisation(): { org: Organisation; now: Date } {
  const org = new Organisation();
  const now = new Date("2026-03-08T23:00:00Z");
  const monday = (weeksBack: number) => Date.parse("2026-03-02T00:00:00Z") - weeksBack * 7 * DAY;
  let n = 0;
  const candidate = () => {
    const first = FIRST[n % FIRST.length] ?? "Alex";
    const last = LAST[(n * 7) % LAST.length] ?? "Doe";
    n++;
    return {
      name: `${first} ${last}`,
      address: `${`${first}.${last}${n}`
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z0-9.]/g, "")}@example.org`,
    };
  };
  const JO = "jo.recruiter@acme.com";
  const SAM = "sam.lee@acme.com";
  const KIM = "kim.coord@acme.com";
  const roles = { engineering: "Senior Backend Engineer", sales: "Account Executive" };

  for (let w = 4; w >= 0; w--) {
    const base = monday(w);
    // A complete process: invite, availability, interview, offer or rejection.
    for (const [k, outcome] of (["offer", "rejection"] as const).entries()) {
      const c = candidate();
      const role = roles.engineering;
      org.message({
        box: "mb-jo",
        from: JO,
        to: c.address,
        at: at(base, 0, 10 + k),
        subject: `Interview for ${role}`,
        excerpt: `Hi ${c.name}, could you share your availability for an interview?`,
        label: "scheduling_request",
      });
      org.message({
        box: "mb-jo",
        from: c.address,
        to: JO,
        at: at(base, 0, 15 + k),
        subject: `Re: Interview for ${role}`,
        excerpt: "Tuesday or Wednesday afternoon works for me.",
        label: "candidate_reply",
        availability: true,
      });
      org.message({
        box: "mb-kim",
        from: KIM,
        to: c.address,
        at: at(base, 1, 9),
        subject: `Confirmed: interview for ${role}`,
        excerpt: "Your interview is confirmed for Wednesday 14:00.",
        label: "interview_confirmation",
      });
      org.interview("mb-kim", KIM, c.address, at(base, 2, 14), role);
      org.message({
        box: "mb-jo",
        from: JO,
        to: c.address,
        at: at(base, 3, 11),
        subject: `Your application: ${role}`,
        excerpt:
          outcome === "offer"
            ? "We are delighted to offer you the position."
            : "We have decided not to move forward.",
        label: outcome,
      });
    }
    // Ghosted after the candidate asked for news (sales).
    {
      const c = candidate();
      org.message({
        box: "mb-sam",
        from: SAM,
        to: c.address,
        at: at(base, 0, 9),
        subject: `Your application: ${roles.sales}`,
        excerpt: "Thank you for applying, we are reviewing.",
        label: "application_ack",
      });
      org.message({
        box: "mb-sam",
        from: c.address,
        to: SAM,
        at: at(base, 1, 10),
        subject: `Re: Your application: ${roles.sales}`,
        excerpt: "Is there any news on my application?",
        label: "candidate_inquiry",
      });
    }
    // Interview held, then silence (engineering).
    if (w >= 1) {
      const c = candidate();
      org.message({
        box: "mb-jo",
        from: JO,
        to: c.address,
        at: at(base, 0, 9),
        subject: `Interview for ${roles.engineering}`,
        excerpt: "Could you do a call this week?",
        label: "scheduling_request",
      });
      org.message({
        box: "mb-jo",
        from: c.address,
        to: JO,
        at: at(base, 0, 12),
        subject: `Re: Interview for ${roles.engineering}`,
        excerpt: "Thursday 10:00 works.",
        label: "candidate_reply",
        availability: true,
      });
      org.interview("mb-jo", JO, c.address, at(base, 3, 10), roles.engineering);
    }
    // Invited by one person, rejected by another without an interview.
    if (w % 2 === 0) {
      const c = candidate();
      org.message({
        box: "mb-jo",
        from: JO,
        to: c.address,
        at: at(base, 1, 10),
        subject: `Next steps: ${roles.engineering}`,
        excerpt: "Please book a slot for a first interview.",
        label: "scheduling_request",
      });
      org.message({
        box: "mb-max",
        from: "max.manager@acme.com",
        to: c.address,
        at: at(base, 1, 16),
        subject: `Your application: ${roles.engineering}`,
        excerpt: "Unfortunately we will not proceed.",
        label: "rejection",
      });
    }
    // A scheduling request nobody followed up.
    {
      const c = candidate();
      org.message({
        box: "mb-sam",
        from: SAM,
        to: c.address,
        at: at(base, 1, 11),
        subject: `Call about ${roles.sales}`,
        excerpt: "When would suit you for a short call?",
        label: "scheduling_request",
      });
    }
  }
  // This week: a bounce, a reply about to go overdue.
  {
    const c = candidate();
    org.message({
      box: "mb-jo",
      from: JO,
      to: c.address,
      at: at(monday(0), 2, 9),
      subject: `Interview for ${roles.engineering}`,
      excerpt: "Could you share your availability?",
      label: "scheduling_request",
    });
    org.message({
      box: "mb-jo",
      from: "mailer-daemon@acme.com",
      to: JO,
      at: at(monday(0), 2, 9) + 60_000,
      subject: "Undeliverable: Interview",
      excerpt: `Delivery has failed to ${c.address}`,
      label: "bounce",
      bounced: [c.address],
    });
    const d = candidate();
    org.message({
      box: "mb-jo",
      from: JO,
      to: d.address,
      at: at(monday(0), 3, 9),
      subject: `Interview for ${roles.engineering}`,
      excerpt: "Could you share your availability?",
      label: "scheduling_request",
    });
    org.message({
      box: "mb-jo",
      from: d.address,
      to: JO,
      at: at(monday(0), 4, 11),
      subject: `Re: Interview for ${roles.engineering}`,
      excerpt: "Any time on Monday or Tuesday.",
      label: "candidate_reply",
      availability: true,
    });
  }
  return { org, now };
}
