/**
 * Engine benchmark: timeline building + audit over a deterministic synthetic tenant.
 *
 *   npx node bench/engine-audit.ts [messages=1000000] [candidates=5000] [mailboxes=20]
 *
 * Classification is excluded: labels are precomputed and served by a lookup `Classify`.
 * Prints messages/second on one core and the peak resident memory (maxRSS).
 */
import { audit } from "../src/engine/audit.ts";
import type {
  CalendarEvent,
  Classification,
  Classify,
  Label,
  Mailbox,
  Message,
} from "../src/engine/model.ts";
import { TenantSettings } from "../src/engine/settings.ts";

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const CANDIDATES = Number(process.argv[3] ?? 5000);
const MAILBOXES = Number(process.argv[4] ?? 20);

const settings = TenantSettings.parse({
  orgDomains: ["acme.com"],
  timeZone: "America/Chicago",
  holidays: { countries: ["US"], dates: [] },
  teams: { sales: { sla: { replyToCandidate: 1 } } },
});
const now = new Date("2026-06-30T17:00:00Z");
const HOUR = 3_600_000;

/** Precomputed classifications, shared instances per label (+availability). */
const CLASS: Record<string, Classification> = {};
for (const label of [
  "scheduling_request",
  "interview_confirmation",
  "candidate_reply",
  "candidate_inquiry",
  "status_update",
  "rejection",
  "offer",
  "auto_reply",
  "bounce",
  "other",
] as Label[]) {
  CLASS[label] = { label, confidence: 0.9, evidence: ["bench"] };
}
CLASS.availability = { label: "candidate_reply", confidence: 0.9, evidence: ["bench"], availability: true };

const mailboxes: Mailbox[] = [];
for (let i = 0; i < MAILBOXES; i++) {
  mailboxes.push({
    id: `mb${i}`,
    address: `rec${i}@acme.com`,
    displayName: `Recruiter ${i}`,
    provider: i % 2 ? "google" : "microsoft",
    role: "recruiter",
    team: i % 4 === 0 ? "sales" : "engineering",
  });
}
/** Precomputed label of message number n (the n in its Message-ID `<m{n}@bench.test>`). */
const labels: Classification[] = [];

/**
 * The synthetic tenant as two streams read once each (the engine keeps only the first copy of
 * each message), so the input is never held in memory as a whole — the way the CLI streams an
 * mbox. Both streams replay the same deterministic generation.
 */
function* generate(kind: "messages" | "events"): Generator<Message | CalendarEvent> {
  let messages: Message[] = [];
  let events: CalendarEvent[] = [];
  const empty: never[] = [];
  const noHeaders: Record<string, string> = {};
  const perCandidate = Math.floor(TOTAL / CANDIDATES);
  let seq = 0;

  for (let c = 0; c < CANDIDATES; c++) {
    yield* kind === "messages" ? messages : events;
    messages = [];
    events = [];
    const cand = { address: `cand${c}@mail${c % 50}.example`, name: `Candidate ${c}` };
    const r = c % MAILBOXES;
    const r2 = (c + 7) % MAILBOXES;
    const rec = { address: `rec${r}@acme.com`, name: `Recruiter ${r}` };
    const rec2 = { address: `rec${r2}@acme.com`, name: `Recruiter ${r2}` };
    const toCand = [cand];
    const toRec = [rec];
    const toRec2 = [rec2];
    const ccRec2 = [rec2];
    let t = Date.parse("2026-01-05T15:00:00Z") + (c % 97) * 24 * HOUR;
    let copies = 0;
    let round = 0;
    const target = c === CANDIDATES - 1 ? TOTAL - perCandidate * (CANDIDATES - 1) : perCandidate;
    const threadIds = new Map<number, string>([
      [r, `th${c}-${r}`],
      [r2, `th${c}-${r2}`],
    ]);
    let prev: string | null = null;

    const emit = (
      cls: Classification,
      from: { address: string; name: string },
      to: { address: string; name: string }[],
      cc: { address: string; name: string }[],
      boxes: number[],
      subject: string,
    ) => {
      const mid = `<m${seq++}@bench.test>`;
      labels[seq - 1] = cls;
      const iso = new Date(t).toISOString();
      for (const b of boxes) {
        if (copies >= target) return mid;
        messages.push({
          // Provider ids are short and flat, like real ones (a Gmail id is 16 hex digits).
          id: (seq * 32 + b).toString(16),
          mailboxId: `mb${b}`,
          provider: b % 2 ? "google" : "microsoft",
          internetMessageId: mid,
          inReplyTo: prev,
          references: empty,
          threadId: threadIds.get(b) ?? null,
          from,
          sender: null,
          replyTo: empty,
          to,
          cc,
          bcc: empty,
          sentAt: iso,
          receivedAt: iso,
          subject,
          excerpt: "",
          headers: noHeaders,
          links: empty,
          calendar: null,
          attachments: empty,
          folder: null,
          isDraft: false,
          warnings: empty,
        });
        copies++;
      }
      prev = mid;
      t += 5 * HOUR;
      return mid;
    };

    while (copies < target) {
      emit(
        CLASS.scheduling_request as Classification,
        rec,
        toCand,
        ccRec2,
        [r, r2],
        "Interview availability",
      );
      emit(CLASS.availability as Classification, cand, toRec, ccRec2, [r, r2], "Re: Interview availability");
      emit(
        CLASS.interview_confirmation as Classification,
        rec,
        toCand,
        ccRec2,
        [r, r2],
        "Interview confirmed",
      );
      const start = t + 24 * HOUR;
      const attendees: CalendarEvent["attendees"] = [
        { address: rec.address, response: "organizer", optional: false },
        { address: cand.address, response: "accepted", optional: false },
      ];
      const uid = `ev${c}-${round}@bench.test`;
      const startIso = new Date(start).toISOString();
      const endIso = new Date(start + HOUR).toISOString();
      const createdIso = new Date(t).toISOString();
      for (const b of [r, r2]) {
        events.push({
          id: `ev${c}-${round}-${b}`,
          mailboxId: `mb${b}`,
          provider: b % 2 ? "google" : "microsoft",
          iCalUId: uid,
          subject: "Interview",
          organizer: rec,
          attendees,
          start: startIso,
          end: endIso,
          timeZone: null,
          isAllDay: false,
          cancelled: round % 7 === 3,
          createdAt: createdIso,
          updatedAt: null,
          warnings: empty,
        });
      }
      t += 30 * HOUR;
      emit(CLASS.candidate_reply as Classification, cand, toRec, empty, [r], "Thanks for today");
      emit(CLASS.other as Classification, rec, toRec2, empty, [r, r2], "Fwd: Candidate notes");
      emit(CLASS.status_update as Classification, rec, toCand, empty, [r], "Update on your application");
      emit(CLASS.auto_reply as Classification, cand, toRec, empty, [r], "Out of office");
      emit(CLASS.candidate_inquiry as Classification, cand, toRec, ccRec2, [r, r2], "Any news?");
      // Some candidates are answered, some are left waiting, some rejected.
      if (c % 5 !== 0 || round < 10)
        emit(CLASS.other as Classification, rec2, toCand, toRec, [r2, r], "Re: Any news?");
      if (c % 11 === 0 && round === 4)
        emit(CLASS.rejection as Classification, rec2, toCand, empty, [r2], "Your application");
      if (c % 13 === 0 && round === 2)
        emit(
          CLASS.bounce as Classification,
          { address: "mailer-daemon@googlemail.com", name: "Mail Delivery Subsystem" },
          toRec,
          empty,
          [r],
          "Delivery Status Notification (Failure)",
        );
      t += 48 * HOUR;
      round++;
    }
  }
  yield* kind === "messages" ? messages : events;
}

const messageStream = () => generate("messages") as Generator<Message>;
const eventStream = () => generate("events") as Generator<CalendarEvent>;
function* take<T>(source: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  let i = 0;
  for (const x of source) {
    yield x;
    if (++i >= n) return;
  }
}

const classify: Classify = (m) =>
  labels[Number.parseInt((m.internetMessageId as string).slice(2), 10)] ?? (CLASS.other as Classification);

// Generation alone (both streams), so it can be taken out of the audit's figures.
const g0 = performance.now();
const gThread0 = process.threadCpuUsage();
let messageCopies = 0;
let eventCopies = 0;
for (const _ of messageStream()) messageCopies++;
for (const _ of eventStream()) eventCopies++;
const genMs = performance.now() - g0;
const genThread = process.threadCpuUsage(gThread0);
const genThreadMs = (genThread.user + genThread.system) / 1000;
const rssAfterGen = process.memoryUsage().rss;

// Warm-up on a slice (JIT), then the measured run.
audit(
  { mailboxes, messages: take(messageStream(), 20_000), events: take(eventStream(), 2_000) },
  { settings, classify, now },
);
const cpu0 = process.cpuUsage();
const thread0 = process.threadCpuUsage();
const t1 = performance.now();
const result = audit(
  { mailboxes, messages: messageStream(), events: eventStream() },
  { settings, classify, now },
);
/** The audit's own time: the measured run less the generation it pulled through the streams. */
const auditMs = performance.now() - t1 - genMs;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000 - genThreadMs;
/** CPU of the main thread alone (the audit itself; V8's helper threads do part of the GC). */
const thread = process.threadCpuUsage(thread0);
const threadMs = (thread.user + thread.system) / 1000 - genThreadMs;
const rssAfterAudit = process.memoryUsage().rss;
const peak = process.resourceUsage().maxRSS * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
console.log(
  `generated ${messageCopies.toLocaleString("en")} message copies, ${eventCopies.toLocaleString("en")} event copies, ${CANDIDATES} candidates, ${MAILBOXES} mailboxes in ${(genMs / 1000).toFixed(2)} s (streamed; taken out of the figures below)`,
);
const perSec = (ms: number) => Math.round(messageCopies / (ms / 1000)).toLocaleString("en");
console.log(
  `audit (timeline + rules + repairs, one thread), ${messageCopies.toLocaleString("en")} message copies:`,
);
console.log(
  `  wall clock          ${(auditMs / 1000).toFixed(2)} s → ${perSec(auditMs)} messages/s (shared machine: see load)`,
);
console.log(
  `  main-thread CPU     ${(threadMs / 1000).toFixed(2)} s → ${perSec(threadMs)} messages/s per core`,
);
console.log(
  `  process CPU (+ GC helper threads) ${(cpuMs / 1000).toFixed(2)} s → ${perSec(cpuMs)} messages/s`,
);
console.log(
  `unique messages ${result.stats.uniqueMessages.toLocaleString("en")}, unique events ${result.stats.uniqueEvents.toLocaleString("en")}, candidates ${result.stats.candidates}, obligations ${result.obligations.length.toLocaleString("en")}, findings ${result.stats.findings.toLocaleString("en")} ${JSON.stringify(result.stats.findingsByType)}, warnings ${result.warnings.length}`,
);
console.log(
  `memory: rss after generation ${mb(rssAfterGen)}, after audit ${mb(rssAfterAudit)}, peak (maxRSS) ${mb(peak)}`,
);
const rate = messageCopies / (threadMs / 1000);
const load = (await import("node:os")).loadavg()[0] ?? 0;
console.log(
  `targets: ≥ 200,000 messages/s per core (main-thread CPU) → ${rate >= 200_000 ? "met" : "NOT met"}; ` +
    `peak RSS < 1 GB → ${peak < 1024 ** 3 ? "met" : "NOT met"}; 1-minute load average during the run ${load.toFixed(1)}`,
);
