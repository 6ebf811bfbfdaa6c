/**
 * A realistic demo tenant for the local demo (`DEMO_MODE`), the dashboard tests and the load
 * benchmark: four mailboxes in two teams and a dozen candidates whose mail and interviews are
 * built here as engine `Message`s / `CalendarEvent`s relative to `now`, classified by the real
 * classifier, stored through the storage layer (`pageWrite`) and audited by the real engine
 * (`reauditAddresses`), exactly as a sync would. One candidate's subject carries markup, to
 * show that mail-derived text renders inert.
 */

import { recordChannelFailure } from "../alerts/log.ts";
import {
  type CalendarEvent,
  CalendarEvent as CalendarEventSchema,
  type Mailbox,
  type Message,
  type MessageInput,
  Message as MessageSchema,
} from "../engine/model.ts";
import { TenantSettings } from "../engine/settings.ts";
import { businessDaysBetween } from "../engine/sla/index.ts";
import { createTenant } from "../storage/admin.ts";
import { putUser } from "../storage/auth-queries.ts";
import { tenantRepository } from "../storage/repository.ts";
import { runBatches } from "../storage/sql.ts";
import { productionEngine } from "../worker/engine.ts";
import { classifyPage } from "../worker/ingest.ts";
import { reauditAddresses } from "../worker/reaudit.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEMO_SETTINGS = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "Europe/Berlin",
  teams: { engineering: { lead: "max.manager@acme.com" }, sales: { lead: "lea.lead@acme.com" } },
});

export const DEMO_MAILBOXES: Mailbox[] = [
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
    provider: "microsoft",
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
    provider: "microsoft",
    role: "recruiter",
    team: "sales",
  },
];

/** The subject line with markup that must render as text. */
export const HOSTILE_SUBJECT = 'Interview <script>alert("gw")</script> <img src=x onerror=alert(1)>';

interface Built {
  messages: Message[];
  events: CalendarEvent[];
}

/** The instant `days` business days before `now` (hour steps back until that much business time lies between). */
function businessDaysAgo(now: Date, days: number): Date {
  let t = now.getTime();
  for (let i = 0; i < 24 * 60 && businessDaysBetween(new Date(t), now, DEMO_SETTINGS) < days; i++) t -= HOUR;
  return new Date(t);
}

/**
 * The demo mail and calendar, relative to `now`.
 *
 * @example
 * const { messages, events } = demoMail(new Date());
 */
export function demoMail(now: Date): Built {
  const messages: Message[] = [];
  const events: CalendarEvent[] = [];
  let n = 0;
  const at = (d: Date | number) =>
    new Date(typeof d === "number" ? now.getTime() - d : d.getTime()).toISOString();
  const msg = (
    mailboxId: string,
    when: Date | number,
    from: { address: string; name?: string },
    to: { address: string; name?: string },
    subject: string,
    excerpt: string,
    extra: Partial<MessageInput> = {},
  ) => {
    n += 1;
    const iso = at(when);
    const m = MessageSchema.parse({
      id: `demo-${n}`,
      mailboxId,
      provider: "microsoft",
      internetMessageId: `<demo-${n}@${from.address.split("@")[1]}>`,
      from,
      to: [to],
      sentAt: iso,
      receivedAt: iso,
      subject,
      excerpt,
      folder: from.address.endsWith("@acme.com") ? "sent" : "inbox",
      ...extra,
    });
    messages.push(m);
    return m;
  };
  const jo = { address: "jo.recruiter@acme.com", name: "Jo Martin" };
  const kim = { address: "kim.coord@acme.com", name: "Kim Park" };
  const max = { address: "max.manager@acme.com", name: "Max Weber" };
  const sam = { address: "sam.lee@acme.com", name: "Sam Lee" };
  const invite = (name: string, role: string) =>
    `Hi ${name}, thank you for applying for the ${role} role. We would like to invite you to an interview. Could you share your availability for next week?`;
  const availability = "Thank you! I am available on Tuesday at 10:00 or Wednesday at 14:00.";

  // Ann (engineering): sent availability 8 business days ago, nobody scheduled → ghosted.
  const ann = { address: "ann.archer@example.org", name: "Ann Archer" };
  const a1 = msg(
    "mb-jo",
    businessDaysAgo(now, 9),
    jo,
    ann,
    "Interview for Backend Engineer",
    invite("Ann", "Backend Engineer"),
  );
  msg("mb-jo", businessDaysAgo(now, 8), ann, jo, "Re: Interview for Backend Engineer", availability, {
    inReplyTo: a1.internetMessageId,
  });

  // Bob (engineering): invited by Jo, rejected by Max the next day → invite-then-reject across people.
  const bob = { address: "bob.baker@example.net", name: "Bob Baker" };
  msg(
    "mb-jo",
    businessDaysAgo(now, 6),
    jo,
    bob,
    "Interview for Frontend Engineer",
    invite("Bob", "Frontend Engineer"),
  );
  msg(
    "mb-max",
    businessDaysAgo(now, 5),
    max,
    bob,
    "Your application for Frontend Engineer",
    "Dear Bob, thank you for your interest. Unfortunately we have decided not to move forward with your application for the Frontend Engineer position.",
  );

  // Carol (engineering): asked about status 1.7 business days ago → ghost risk (reply SLA 2 days).
  const carol = { address: "carol.chen@example.com", name: "Carol Chen" };
  const c1 = msg(
    "mb-kim",
    businessDaysAgo(now, 12),
    kim,
    carol,
    "Interview for Data Engineer",
    invite("Carol", "Data Engineer"),
  );
  const c2 = msg(
    "mb-kim",
    businessDaysAgo(now, 11.5),
    carol,
    kim,
    "Re: Interview for Data Engineer",
    availability,
    { inReplyTo: c1.internetMessageId },
  );
  msg(
    "mb-kim",
    businessDaysAgo(now, 11),
    kim,
    carol,
    "Interview confirmed: Data Engineer",
    "Hi Carol, your interview is confirmed for Tuesday at 10:00. Looking forward to speaking with you.",
    { inReplyTo: c2.internetMessageId },
  );
  msg(
    "mb-kim",
    businessDaysAgo(now, 1.7),
    carol,
    kim,
    "Re: Interview confirmed: Data Engineer",
    "Hello, I wanted to follow up on the status of my application after the interview. Is there any update on next steps?",
  );

  // Dan (engineering): interviewed 9 business days ago, no outcome since → ghosted after interview.
  const dan = { address: "dan.diaz@example.org", name: "Dan Diaz" };
  const dStart = businessDaysAgo(now, 9);
  events.push(
    CalendarEventSchema.parse({
      id: "demo-ev-dan",
      mailboxId: "mb-max",
      provider: "microsoft",
      iCalUId: "demo-ev-dan@acme.com",
      subject: "Interview: Dan Diaz / Platform Engineer",
      organizer: max,
      attendees: [
        { address: dan.address, name: dan.name, response: "accepted" },
        { address: max.address, name: max.name, response: "organizer" },
      ],
      start: at(dStart),
      end: at(new Date(dStart.getTime() + HOUR)),
    }),
  );
  msg(
    "mb-max",
    new Date(dStart.getTime() - 2 * DAY),
    max,
    dan,
    "Interview confirmed: Platform Engineer",
    "Hi Dan, your interview for the Platform Engineer role is confirmed. The calendar invitation follows.",
  );

  // Eve (sales): invitation with no answer and no nudge → stalled scheduling.
  const eve = { address: "eve.evans@example.com", name: "Eve Evans" };
  msg(
    "mb-sam",
    businessDaysAgo(now, 7),
    sam,
    eve,
    "Interview for Account Executive",
    invite("Eve", "Account Executive"),
  );

  // Finn (sales): the invitation bounced, nothing reached him since → undelivered.
  const finn = { address: "finn.fox@example.invalid", name: "Finn Fox" };
  const f1 = msg(
    "mb-sam",
    businessDaysAgo(now, 4),
    sam,
    finn,
    "Interview for Sales Manager",
    invite("Finn", "Sales Manager"),
  );
  msg(
    "mb-sam",
    new Date(businessDaysAgo(now, 4).getTime() + 5 * 60_000),
    { address: "mailer-daemon@acme.com", name: "Mail Delivery System" },
    sam,
    "Undeliverable: Interview for Sales Manager",
    `Delivery has failed to these recipients or groups: ${finn.address}. The email address you entered couldn't be found.`,
    {
      headers: {
        "auto-submitted": "auto-replied",
        "content-type": "multipart/report; report-type=delivery-status",
      },
      inReplyTo: f1.internetMessageId,
    },
  );

  // Gail (sales): the whole process closed with an offer.
  const gail = { address: "gail.green@example.org", name: "Gail Green" };
  const g1 = msg(
    "mb-sam",
    businessDaysAgo(now, 20),
    sam,
    gail,
    "Interview for Account Manager",
    invite("Gail", "Account Manager"),
  );
  msg("mb-sam", businessDaysAgo(now, 19.8), gail, sam, "Re: Interview for Account Manager", availability, {
    inReplyTo: g1.internetMessageId,
  });
  msg(
    "mb-sam",
    businessDaysAgo(now, 19.5),
    sam,
    gail,
    "Interview confirmed: Account Manager",
    "Hi Gail, your interview is confirmed for Wednesday at 14:00.",
  );
  msg(
    "mb-sam",
    businessDaysAgo(now, 15),
    sam,
    gail,
    "Offer: Account Manager",
    "Dear Gail, we are delighted to offer you the position of Account Manager. Please find the offer letter attached.",
  );

  // Hugo (engineering): rejected, asked for feedback, no answer → unanswered feedback request.
  const hugo = { address: "hugo.hill@example.net", name: "Hugo Hill" };
  msg(
    "mb-jo",
    businessDaysAgo(now, 12),
    jo,
    hugo,
    "Your application for QA Engineer",
    "Dear Hugo, thank you for your time. Unfortunately we have decided not to proceed with your application for the QA Engineer role.",
  );
  msg(
    "mb-jo",
    businessDaysAgo(now, 11),
    hugo,
    jo,
    "Re: Your application for QA Engineer",
    "Thank you for letting me know. Could you share any feedback on why my application was not successful?",
  );

  // Ivy, Jake, Kai (engineering): answered quickly / within a day (response-time figures).
  for (const [i, who, delayH] of [
    [0, { address: "ivy.ito@example.com", name: "Ivy Ito" }, 2],
    [1, { address: "jake.jones@example.org", name: "Jake Jones" }, 6],
    [2, { address: "kai.kim@example.net", name: "Kai Kim" }, 20],
  ] as const) {
    const start = businessDaysAgo(now, 16 + i * 3);
    const i1 = msg("mb-jo", start, jo, who, "Interview for SRE", invite(who.name.split(" ")[0] ?? "", "SRE"));
    const i2 = msg(
      "mb-jo",
      new Date(start.getTime() + 3 * HOUR),
      who,
      jo,
      "Re: Interview for SRE",
      availability,
      {
        inReplyTo: i1.internetMessageId,
      },
    );
    msg(
      "mb-jo",
      new Date(start.getTime() + (3 + delayH) * HOUR),
      jo,
      who,
      "Re: Interview for SRE",
      `Hi ${who.name.split(" ")[0]}, your interview is confirmed for Tuesday at 10:00.`,
      { inReplyTo: i2.internetMessageId },
    );
  }

  // Mallory (engineering): a hostile subject line; invited and then silence after her reply.
  const mallory = { address: "mallory@example.com", name: 'Mallory "<b>bold</b>"' };
  const m1 = msg(
    "mb-jo",
    businessDaysAgo(now, 10),
    jo,
    mallory,
    HOSTILE_SUBJECT,
    invite("Mallory", "Security Engineer"),
  );
  msg("mb-jo", businessDaysAgo(now, 9), mallory, jo, `Re: ${HOSTILE_SUBJECT}`, availability, {
    inReplyTo: m1.internetMessageId,
  });

  return { messages, events };
}

/**
 * Creates the demo tenant (if absent) with its mailboxes, users, mail, findings, sync status, an
 * alert-log entry, a dead letter and a failing channel. Returns the number of findings.
 *
 * @example
 * await seedDemoTenant(env.DB, "demo", new Date());
 */
export async function seedDemoTenant(
  db: D1Database,
  tenantId: string,
  now: Date,
  users: { email: string; roles: string[]; teams: string[] }[] = [
    { email: "demo@ghostwatch.local", roles: ["hr_ops", "admin"], teams: [] },
  ],
): Promise<{ findings: number; candidates: number }> {
  const iso = now.toISOString();
  await createTenant(
    db,
    {
      id: tenantId,
      name: "Acme Recruiting (demo)",
      provider: "microsoft",
      providerConfig: {},
      settings: DEMO_SETTINGS,
    },
    iso,
  );
  const repo = tenantRepository(db, tenantId);
  const existing = new Set((await repo.listMailboxes()).map((m) => m.id));
  for (const m of DEMO_MAILBOXES) if (!existing.has(m.id)) await repo.addMailbox(m, iso);
  for (const u of users) await putUser(db, tenantId, u, iso);
  const tenant = (await repo.getTenant())!;
  const mailboxes = await repo.listMailboxes();
  const { messages, events } = demoMail(now);
  const touched = new Set<string>();
  for (const mb of DEMO_MAILBOXES) {
    const mine = messages.filter((m) => m.mailboxId === mb.id);
    const page = {
      stream: "mail" as const,
      messages: mine,
      events: events.filter((e) => e.mailboxId === mb.id),
      removedMessageIds: [],
      removedEventIds: [],
      reset: false,
      complete: true,
      cursor: "demo",
      skipped: [],
      requests: 0,
    };
    const labels = classifyPage(mine, DEMO_MAILBOXES, DEMO_SETTINGS, productionEngine.classify);
    const write = await repo.pageWrite(mb.id, page, labels);
    await runBatches(db, write.statements);
    for (const a of write.touched) touched.add(a);
    const failing = mb.id === "mb-sam";
    await repo.recordSync(mb.id, {
      state: failing ? "backoff" : "idle",
      lastAttemptAt: iso,
      lastSuccessAt: new Date(now.getTime() - (failing ? 26 * HOUR : 4 * 60_000)).toISOString(),
      lastError: failing ? "Graph 429 Too Many Requests (Retry-After 120 s)" : null,
      consecutiveFailures: failing ? 3 : 0,
      nextAttemptAt: new Date(now.getTime() + 5 * 60_000).toISOString(),
      pagesSynced: 1,
      messagesSynced: mine.length,
    });
  }
  await reauditAddresses(db, repo, tenant, mailboxes, touched, {
    now,
    engine: productionEngine,
    actor: "system:sync",
    full: true,
  });
  const findings = await repo.listFindings({ limit: 5000 });
  const first = findings[0];
  if (first) {
    await repo.recordAlert({
      id: `demo-alert-${first.key}`,
      findingKey: first.key,
      candidateId: first.candidateId,
      stage: "breach",
      channel: "slack-eng",
      sentAt: new Date(now.getTime() - HOUR).toISOString(),
      outcome: "sent",
      detail: "Slack #recruiting-eng",
    });
  }
  await repo.recordFailure({
    id: "demo-dlq-1",
    mailboxId: "mb-sam",
    kind: "sync",
    attempts: 6,
    body: JSON.stringify({ kind: "sync", tenantId, mailboxId: "mb-sam", reason: "cron" }),
    recordedAt: new Date(now.getTime() - 3 * HOUR).toISOString(),
  });
  await recordChannelFailure(db, {
    tenantId,
    channelId: "teams-sales",
    kind: "teams",
    team: "sales",
    target: "acme.webhook.office.com",
    status: 404,
    error: "HTTP 404 workflow not found",
    now: new Date(now.getTime() - 2 * HOUR),
    deadLettered: true,
  });
  return { findings: findings.length, candidates: (await repo.listCandidates()).length };
}
