/**
 * The demo generator: realistic hiring organisations, deterministic from a seed and a "now".
 * Each candidate follows a story (screened out, interviewed and rejected, hired, withdrew,
 * rescheduled, booked through a link, still in flight…) or a planted breakdown whose finding is
 * recorded in the ground truth. Stories are placed in the organisation's business time with the
 * engine's own SLA clock, so a clean story meets every obligation in time and a planted one
 * breaches exactly the obligation it was written to breach.
 */

import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { FindingType } from "../engine/model.ts";
import { TenantSettings } from "../engine/settings.ts";
import { addBusinessDays, businessDaysBetween } from "../engine/sla/index.ts";
import type {
  DemoAddress,
  DemoCandidate,
  DemoDataset,
  DemoEvent,
  DemoMail,
  DemoPerson,
  DemoRequisition,
  DemoTenant,
  PlantedFinding,
} from "./model.ts";
import { CANDIDATE_DOMAINS, FIRST_NAMES, LAST_NAMES, localPart } from "./names.ts";
import { BLUEPRINTS, type OrgBlueprint, peopleOf, requisitionsOf, settingsOf } from "./org.ts";
import { createRandom, type Random } from "./random.ts";
import * as W from "./wording.ts";

export interface DemoOptions {
  /** Seed of every random choice (default 1). */
  seed?: number;
  /** The demo's "now" (ISO or Date); stories are placed in the 12 weeks before it. */
  now: string | Date;
  /** Candidates per tenant (default 160; at least 20 so every planted type fits). */
  candidatesPerTenant?: number;
  /** Mail domains by tenant id (tests use unique ones so parallel runs never share fake state). */
  domains?: Partial<Record<string, string>>;
  /** Tenant ids to generate (default both: `fernhill` on Microsoft 365, `brightwater` on Google). */
  tenants?: string[];
}

/** Every story a candidate can follow. Planted stories name the findings they must produce. */
export const CLEAN_STORIES = [
  "hired",
  "rejected_after_interview",
  "rejected_at_screening",
  "withdrew",
  "booked_through_link",
  "rescheduled",
  "out_of_office_then_replied",
  "invited_recently",
  "interviewed_recently",
  "interview_upcoming",
  "applied",
] as const;
export type CleanStory = (typeof CLEAN_STORIES)[number];

export const PLANTED_STORIES = [
  "invite_then_reject_same_person",
  "invite_then_reject_cross_team",
  "offer_then_reject",
  "ghosted_status_question",
  "ghosted_availability",
  "ghosted_after_interview",
  "ghosted_after_cancellation",
  "ghosted_assessment",
  "risk_status_question",
  "risk_availability",
  "risk_after_interview",
  "undelivered_update",
  "stalled_invite",
  "unanswered_feedback",
] as const;
export type PlantedStory = (typeof PLANTED_STORIES)[number];

const CLEAN_WEIGHTS: Record<CleanStory, number> = {
  hired: 7,
  rejected_after_interview: 20,
  rejected_at_screening: 20,
  withdrew: 6,
  booked_through_link: 8,
  rescheduled: 5,
  out_of_office_then_replied: 5,
  invited_recently: 8,
  interviewed_recently: 5,
  interview_upcoming: 6,
  applied: 10,
};

const DAY_MS = 86_400_000;
const INTERVIEW_MS = 45 * 60_000;

type Who = "recruiter" | "hm" | "coord" | "careers" | "candidate";
type StepKind =
  | "ack"
  | "forward"
  | "invite"
  | "nudge"
  | "avail"
  | "autoreply"
  | "confirm"
  | "interview"
  | "booking"
  | "cancel"
  | "assessment"
  | "submission"
  | "offer"
  | "reject"
  | "accept"
  | "welcome"
  | "thanks"
  | "thanked"
  | "feedback"
  | "inquiry"
  | "status"
  | "bounce"
  | "withdraw";

interface Step {
  kind: StepKind;
  /** Business days after the previous step. */
  gap: number;
  /** Who writes it (org steps). */
  by?: Who;
  /** For confirm/cancel/booking: index of the interview step. */
  ref?: number;
  /** For confirm: also send a calendar invitation (default true). */
  event?: boolean;
  /** Findings anchored at this step. */
  truth?: FindingType[];
}

interface StoryPlan {
  steps: Step[];
  /** Place the story so that step `index` is `age` business days before now; else from a random start. */
  anchor?: { index: number; age: number };
}

interface TenantContext {
  bp: OrgBlueprint;
  rand: Random;
  domain: string;
  settings: TenantSettings;
  now: number;
  people: DemoPerson[];
  careers: DemoPerson;
  coordinator: DemoPerson;
  mailboxes: Set<string>;
  mails: DemoMail[];
  events: DemoEvent[];
  truth: PlantedFinding[];
  seq: number;
}

/**
 * Generates the demo organisations.
 *
 * @example
 * const demo = generateDemo({ seed: 7, now: "2026-11-25T14:00:00Z", candidatesPerTenant: 30 });
 * demo.tenants[0].truth.length // the planted breakdowns the audit must find
 */
export function generateDemo(options: DemoOptions): DemoDataset {
  const seed = options.seed ?? 1;
  const now = new Date(options.now);
  if (Number.isNaN(now.getTime())) throw new Error(`demo: "now" is not a date: ${String(options.now)}`);
  const perTenant = options.candidatesPerTenant ?? 160;
  if (!Number.isInteger(perTenant) || perTenant < 20)
    throw new Error(`demo: candidatesPerTenant must be an integer of at least 20 (got ${perTenant})`);
  const root = createRandom(seed);
  const wanted = options.tenants ?? BLUEPRINTS.map((b) => b.id);
  const tenants: DemoTenant[] = [];
  for (const bp of BLUEPRINTS) {
    if (!wanted.includes(bp.id)) continue;
    tenants.push(generateTenant(bp, root.fork(bp.id), now.getTime(), perTenant, options.domains?.[bp.id]));
  }
  for (const id of wanted)
    if (!BLUEPRINTS.some((b) => b.id === id)) throw new Error(`demo: unknown tenant "${id}"`);
  return { seed, now: now.toISOString(), tenants };
}

function generateTenant(
  bp: OrgBlueprint,
  rand: Random,
  now: number,
  count: number,
  domainOverride: string | undefined,
): DemoTenant {
  const domain = (domainOverride ?? bp.defaultDomain).toLowerCase();
  const people = peopleOf(bp, domain);
  const requisitions = requisitionsOf(bp, people);
  const settingsInput = settingsOf(bp, domain, people);
  const settings = TenantSettings.parse(settingsInput);
  const careers = people.find((p) => p.role === "service") as DemoPerson;
  const coordinator = people.find((p) => p.role === "coordinator") as DemoPerson;
  const ctx: TenantContext = {
    bp,
    rand,
    domain,
    settings,
    now,
    people,
    careers,
    coordinator,
    mailboxes: new Set(people.map((p) => p.address)),
    mails: [],
    events: [],
    truth: [],
    seq: 0,
  };

  // Which story each candidate follows: every planted kind at least once (more for big orgs),
  // three silent candidates of the stalled role, the rest clean.
  const plantedEach = Math.max(1, Math.round(count / 80));
  const stories: (CleanStory | PlantedStory | "requisition_stall")[] = [];
  for (const s of PLANTED_STORIES) for (let i = 0; i < plantedEach; i++) stories.push(s);
  for (let i = 0; i < 3; i++) stories.push("requisition_stall");
  const cleanTotal = Object.values(CLEAN_WEIGHTS).reduce((a, b) => a + b, 0);
  while (stories.length < count) {
    let x = rand.next() * cleanTotal;
    for (const s of CLEAN_STORIES) {
      x -= CLEAN_WEIGHTS[s];
      if (x < 0) {
        stories.push(s);
        break;
      }
    }
  }
  const order = rand.shuffle(stories);

  const stalledReq = requisitions.find((r) => r.title === bp.stalledRole) as DemoRequisition;
  const otherReqs = requisitions.filter((r) => r !== stalledReq);
  /** Silent plants (ghosted, stalled) per role, spaced 8 business days apart so no role stalls by chance. */
  const silentSlots = new Map<string, number>();
  const stallBase = 9 + rand.next() * 4;
  let stallIndex = 0;
  const used = new Set<string>();
  const candidates: DemoCandidate[] = [];

  for (const story of order) {
    const language = rand.chance(0.55) ? "en" : rand.pick(W.LANGUAGES.filter((l) => l !== "en"));
    const person = candidateName(rand, language, used);
    const planted = story !== "requisition_stall" && (PLANTED_STORIES as readonly string[]).includes(story);
    const req =
      story === "requisition_stall" ? stalledReq : planted ? rand.pick(otherReqs) : rand.pick(requisitions);
    const silent =
      story === "requisition_stall" || story.startsWith("ghosted_") || story === "stalled_invite";
    let silentAge: number | undefined;
    if (story === "requisition_stall") {
      silentAge = stallBase + stallIndex * (0.4 + rand.next() * 0.5);
      stallIndex++;
    } else if (silent) {
      const k = silentSlots.get(req.title) ?? 0;
      silentSlots.set(req.title, k + 1);
      silentAge = 6.5 + 8 * k + rand.next() * 1.5;
    }
    const cand: DemoCandidate = {
      ...person,
      language,
      role: req.title,
      team: req.team,
      story,
      planted: planted || story === "requisition_stall",
    };
    candidates.push(cand);
    const plan = planStory(story, rand, silentAge);
    renderStory(ctx, cand, req, plan, story);
  }

  // The requisition stall: anchored at the last activity of the earliest silent candidate.
  const stall = ctx.truth
    .filter((t) => t.story === "requisition_stall" && t.type === "ghosted")
    .sort((a, b) => anchorTime(ctx, a.anchor) - anchorTime(ctx, b.anchor))[0];
  if (stall) {
    ctx.truth.push({
      type: "requisition_stall",
      candidate: stall.candidate,
      anchor: stall.anchor,
      role: stalledReq.title,
      story: "requisition_stall",
    });
  }

  ctx.mails.push(...officeNoise(ctx));
  ctx.mails.sort((a, b) => a.sentAt.localeCompare(b.sentAt) || a.key.localeCompare(b.key));
  ctx.events.sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
  return {
    id: bp.id,
    name: bp.name,
    provider: bp.provider,
    orgDomain: domain,
    settings: settingsInput,
    people,
    requisitions,
    candidates,
    mails: ctx.mails,
    events: ctx.events,
    truth: ctx.truth,
  };
}

function anchorTime(ctx: TenantContext, anchor: string): number {
  const m = ctx.mails.find((x) => x.messageId === anchor);
  if (m) return Date.parse(m.sentAt);
  const e = ctx.events.find((x) => x.uid === anchor);
  return e ? Date.parse(e.end) : 0;
}

function candidateName(rand: Random, language: string, used: Set<string>): DemoAddress & { name: string } {
  for (let attempt = 0; ; attempt++) {
    const first = rand.pick(FIRST_NAMES[language] ?? (FIRST_NAMES.en as readonly string[]));
    const last = rand.pick(LAST_NAMES[language] ?? (LAST_NAMES.en as readonly string[]));
    const name = `${first} ${last}`;
    const suffix = attempt > 3 ? String(rand.int(2, 99)) : "";
    const address = `${localPart(name)}${suffix}@${rand.pick(CANDIDATE_DOMAINS)}`;
    if (used.has(address)) continue;
    used.add(address);
    return { name, address };
  }
}

/** A uniform number in [a, b]. */
function between(rand: Random, a: number, b: number): number {
  return a + rand.next() * (b - a);
}

/** The steps of a story and where it sits in time. */
function planStory(story: string, rand: Random, silentAge: number | undefined): StoryPlan {
  const g = (a: number, b: number) => between(rand, a, b);
  const opening = (): Step[] => [
    { kind: "ack", gap: 0 },
    ...(rand.chance(0.3) ? [{ kind: "forward" as const, gap: g(0.1, 0.6) }] : []),
  ];
  const toInterview = (lang = true): Step[] => {
    const s: Step[] = [
      ...opening(),
      { kind: "invite", gap: g(0.5, 3), by: "recruiter" },
      { kind: "avail", gap: g(0.05, 0.8) },
    ];
    const confirmAt = s.length;
    s.push({ kind: "confirm", gap: g(0.05, 0.7), by: "coord", ref: confirmAt + 1, event: lang });
    s.push({ kind: "interview", gap: g(1.5, 4) });
    return s;
  };
  const idx = (steps: Step[], kind: StepKind) => steps.findIndex((s) => s.kind === kind);
  const lastIdx = (steps: Step[], kind: StepKind) => steps.map((s) => s.kind).lastIndexOf(kind);
  switch (story) {
    // ── clean ──
    case "hired": {
      const s = toInterview();
      if (rand.chance(0.5)) {
        s.push({ kind: "assessment", gap: g(0.2, 2), by: "recruiter" });
        s.push({ kind: "submission", gap: g(1, 3.5) });
      }
      s.push({ kind: "offer", gap: g(0.3, 3), by: "hm" });
      s.push({ kind: "accept", gap: g(0.1, 1.2) });
      s.push({ kind: "welcome", gap: g(0.05, 1.2), by: "recruiter" });
      return { steps: s };
    }
    case "rejected_after_interview": {
      const s = toInterview();
      s.push({ kind: "reject", gap: g(0.3, 4), by: "recruiter" });
      if (rand.chance(0.4)) s.push({ kind: "thanks", gap: g(0.05, 1) });
      return { steps: s };
    }
    case "rejected_at_screening":
      return { steps: [...opening(), { kind: "reject", gap: g(1, 8), by: "recruiter" }] };
    case "withdrew":
      return {
        steps: [
          ...opening(),
          { kind: "invite", gap: g(0.5, 3), by: "recruiter" },
          { kind: "withdraw", gap: g(0.1, 2) },
        ],
      };
    case "booked_through_link": {
      const s: Step[] = [...opening(), { kind: "invite", gap: g(0.5, 3), by: "recruiter" }];
      s.push({ kind: "booking", gap: g(0.05, 1.5), ref: s.length + 1 });
      s.push({ kind: "interview", gap: g(1, 3) });
      s.push(
        rand.chance(0.3)
          ? { kind: "offer", gap: g(0.3, 3), by: "hm" }
          : { kind: "reject", gap: g(0.3, 3), by: "recruiter" },
      );
      return { steps: s };
    }
    case "rescheduled": {
      // The coordinator cancels before the first date and books a new one within a day.
      const s = toInterview();
      const k = s.length - 1;
      const first = s.pop() as Step;
      (s[k - 1] as Step).ref = k + 1;
      s.push({ kind: "cancel", gap: g(0.3, 0.9), by: "coord", ref: k + 1 });
      s.push({ ...first, gap: 0.2 });
      s.push({ kind: "confirm", gap: g(0.1, 1), by: "coord", ref: k + 3 });
      s.push({ kind: "interview", gap: g(1.5, 3) });
      s.push({ kind: "reject", gap: g(0.3, 3), by: "recruiter" });
      return { steps: s };
    }
    case "out_of_office_then_replied": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter" },
        { kind: "autoreply", gap: 0.01 },
        { kind: "avail", gap: g(1, 2.5) },
      ];
      s.push({ kind: "confirm", gap: g(0.05, 0.7), by: "coord", ref: s.length + 1 });
      s.push({ kind: "interview", gap: g(1.5, 4) });
      s.push({ kind: "reject", gap: g(0.3, 4), by: "recruiter" });
      return { steps: s };
    }
    case "invited_recently": {
      const s: Step[] = [...opening(), { kind: "invite", gap: g(0.5, 3), by: "recruiter" }];
      return { steps: s, anchor: { index: s.length - 1, age: g(0.2, 2) } };
    }
    case "interviewed_recently": {
      const s = toInterview();
      return { steps: s, anchor: { index: s.length - 1, age: g(0.4, 3) } };
    }
    case "interview_upcoming": {
      const s = toInterview();
      return { steps: s, anchor: { index: s.length - 2, age: g(0.1, 0.6) } };
    }
    case "applied":
      return { steps: opening(), anchor: { index: 0, age: g(0.1, 6) } };

    // ── planted ──
    case "invite_then_reject_same_person": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter", truth: ["invite_then_reject"] },
        { kind: "reject", gap: g(0.05, 2), by: "recruiter" },
      ];
      return { steps: s, anchor: { index: s.length - 1, age: g(4, 40) } };
    }
    case "invite_then_reject_cross_team": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter", truth: ["invite_then_reject"] },
        { kind: "avail", gap: g(0.05, 0.5) },
        { kind: "reject", gap: g(0.05, 0.5), by: "hm", truth: ["conflicting_messages"] },
      ];
      return { steps: s, anchor: { index: s.length - 1, age: g(4, 40) } };
    }
    case "offer_then_reject": {
      const s = toInterview();
      s.push({ kind: "offer", gap: g(0.5, 2), by: "hm" });
      s.push({ kind: "reject", gap: g(0.2, 2), by: "recruiter", truth: ["conflicting_messages"] });
      return { steps: s, anchor: { index: s.length - 1, age: g(4, 40) } };
    }
    case "ghosted_status_question": {
      const s: Step[] = [...opening(), { kind: "inquiry", gap: g(3, 8), truth: ["ghosted"] }];
      return { steps: s, anchor: { index: s.length - 1, age: silentAge ?? 8 } };
    }
    case "requisition_stall":
    case "ghosted_availability": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter" },
        { kind: "avail", gap: g(0.05, 0.8), truth: ["ghosted"] },
      ];
      return { steps: s, anchor: { index: s.length - 1, age: silentAge ?? 8 } };
    }
    case "ghosted_after_interview": {
      const s = toInterview();
      s[s.length - 1] = { ...(s[s.length - 1] as Step), truth: ["ghosted"] };
      if (rand.chance(0.5)) s.push({ kind: "thanked", gap: g(0.15, 0.4) });
      return { steps: s, anchor: { index: idx(s, "interview"), age: silentAge ?? 8 } };
    }
    case "ghosted_after_cancellation": {
      // A phone screen confirmed by mail only, then cancelled by the organisation: nobody rebooks.
      const s = toInterview(false);
      const k = s.length - 1;
      const interview = s.pop() as Step;
      (s[k - 1] as Step).ref = k + 1;
      s.push({ kind: "cancel", gap: g(0.3, 1), by: "coord", ref: k + 1, truth: ["ghosted"] });
      s.push({ ...interview, gap: g(0.5, 1.5) });
      return { steps: s, anchor: { index: k, age: silentAge ?? 8 } };
    }
    case "ghosted_assessment": {
      const s = toInterview();
      s.push({ kind: "assessment", gap: g(0.3, 2), by: "recruiter" });
      s.push({ kind: "submission", gap: g(1, 3), truth: ["ghosted"] });
      return { steps: s, anchor: { index: s.length - 1, age: silentAge ?? 8 } };
    }
    case "risk_status_question": {
      const s: Step[] = [...opening(), { kind: "inquiry", gap: g(3, 8), truth: ["ghost_risk"] }];
      return { steps: s, anchor: { index: s.length - 1, age: g(1.65, 1.9) } };
    }
    case "risk_availability": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter" },
        { kind: "avail", gap: g(0.05, 0.8), truth: ["ghost_risk"] },
      ];
      return { steps: s, anchor: { index: s.length - 1, age: g(0.84, 0.94) } };
    }
    case "risk_after_interview": {
      const s = toInterview();
      s[s.length - 1] = { ...(s[s.length - 1] as Step), truth: ["ghost_risk"] };
      return { steps: s, anchor: { index: s.length - 1, age: g(4.3, 4.7) } };
    }
    case "undelivered_update": {
      const s: Step[] = [
        ...opening(),
        { kind: "inquiry", gap: g(2, 6) },
        { kind: "status", gap: g(0.1, 1.2), by: "recruiter", truth: ["undelivered"] },
        { kind: "bounce", gap: 0.005 },
      ];
      return { steps: s, anchor: { index: s.length - 1, age: g(3, 40) } };
    }
    case "stalled_invite": {
      const s: Step[] = [
        ...opening(),
        { kind: "invite", gap: g(0.5, 3), by: "recruiter", truth: ["stalled_scheduling"] },
      ];
      if (rand.chance(0.5)) s.push({ kind: "autoreply", gap: 0.01 });
      return { steps: s, anchor: { index: lastIdx(s, "invite"), age: silentAge ?? 8 } };
    }
    case "unanswered_feedback": {
      const s = toInterview();
      s.push({ kind: "reject", gap: g(0.3, 3), by: "recruiter" });
      s.push({ kind: "feedback", gap: g(0.2, 2), truth: ["unanswered_feedback_request"] });
      return { steps: s, anchor: { index: s.length - 1, age: g(6, 40) } };
    }
  }
  throw new Error(`demo: unknown story ${story}`);
}

/** The instant `bd` business days before `t` (the latest such instant). */
function before(t: number, bd: number, settings: TenantSettings): number {
  if (bd <= 0) return t;
  let lo = t - (bd * 3 + 12) * DAY_MS;
  let hi = t;
  while (hi - lo > 60_000) {
    const mid = Math.floor((lo + hi) / 2);
    if (businessDaysBetween(new Date(mid), new Date(t), settings) >= bd) lo = mid;
    else hi = mid;
  }
  return Math.floor(lo / 60_000) * 60_000;
}

function after(t: number, bd: number, settings: TenantSettings): number {
  if (bd <= 0) return t;
  return Math.floor(addBusinessDays(new Date(t), bd, settings).getTime() / 60_000) * 60_000;
}

/** Step times: backwards and forwards from the anchor, or forwards from a random start. */
function placeSteps(ctx: TenantContext, plan: StoryPlan): number[] {
  const { steps } = plan;
  const times = new Array<number>(steps.length).fill(0);
  const s = ctx.settings;
  const forward = (from: number) => {
    for (let i = from + 1; i < steps.length; i++)
      times[i] = after(times[i - 1] as number, Math.max((steps[i] as Step).gap, 0.002), s);
  };
  if (plan.anchor) {
    const k = plan.anchor.index;
    times[k] = before(ctx.now, plan.anchor.age, s);
    for (let i = k - 1; i >= 0; i--)
      times[i] = before(times[i + 1] as number, Math.max((steps[i + 1] as Step).gap, 0.002), s);
    forward(k);
    return times;
  }
  const total = steps.reduce((a, st) => a + st.gap, 0);
  const latestStart = before(ctx.now, total + 0.5, s);
  const earliest = ctx.now - 84 * DAY_MS;
  times[0] =
    earliest >= latestStart ? latestStart : earliest + Math.floor(ctx.rand.next() * (latestStart - earliest));
  forward(0);
  // Business-time gaps can stretch over holidays; pull the story back if it ran into now.
  const overshoot = (times[times.length - 1] as number) - (ctx.now - 3_600_000);
  if (overshoot > 0) {
    times[0] = (times[0] as number) - overshoot - 2 * DAY_MS;
    times[0] = before(times[0] as number, 0.01, s);
    forward(0);
  }
  return times;
}

function whenText(ms: number, tz: string): string {
  return format(new TZDate(ms, tz), "EEEE d MMMM 'at' HH:mm");
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Writes a story's mail and events into the tenant. */
function renderStory(
  ctx: TenantContext,
  cand: DemoCandidate,
  req: DemoRequisition,
  plan: StoryPlan,
  story: string,
): void {
  const times = placeSteps(ctx, plan);
  const rand = ctx.rand;
  const person = (addr: string) => ctx.people.find((p) => p.address === addr) as DemoPerson;
  const recruiter = person(req.recruiter);
  const hm = person(req.hiringManager);
  const coord = ctx.coordinator.team === req.team || rand.chance(0.5) ? ctx.coordinator : recruiter;
  const byPerson = (who: Who | undefined): DemoPerson =>
    who === "hm" ? hm : who === "coord" ? coord : who === "careers" ? ctx.careers : recruiter;
  const lang = cand.language as W.Language;
  const first = (name: string) => name.split(" ")[0] as string;
  const candAddr: DemoAddress = { address: cand.address, name: cand.name };
  const thread = `${ctx.bp.id}-${localPart(cand.name)}-${ctx.seq++}`;
  let previous: DemoMail | null = null;
  let lastOrg: DemoPerson = recruiter;
  const eventsByStep = new Map<number, DemoEvent>();
  const references: string[] = [];
  const link = `https://calendly.com/${recruiter.mailboxId.replace(".", "-")}/interview`;

  const wordingCtx = (me: string, i: number, ref?: number): W.WordingContext => {
    const at = ref !== undefined ? (times[ref] as number) : (times[i] as number) + 2 * DAY_MS;
    return {
      candidate: first(cand.name),
      role: req.title,
      org: ctx.bp.name,
      me,
      when: whenText(at, ctx.settings.timeZone),
      when2: whenText(at + DAY_MS + 3 * 3_600_000, ctx.settings.timeZone),
      link,
      other: first(hm.name),
    };
  };

  const addMail = (
    i: number,
    m: {
      from: DemoAddress;
      to: DemoAddress[];
      cc?: DemoAddress[];
      words: W.Wording;
      intent: string;
      headers?: [string, string][];
      bccMailboxes?: string[];
      reply?: boolean;
      dsn?: DemoMail["dsn"];
      newThread?: boolean;
    },
  ): DemoMail => {
    const key = `${thread}-${i}`;
    const messageId = `<${key}.${(times[i] as number).toString(36)}@${
      ctx.mailboxes.has(m.from.address) || m.from.address.endsWith(`@${ctx.domain}`)
        ? `mail.${ctx.domain}`
        : m.from.address.slice(m.from.address.indexOf("@") + 1)
    }>`;
    const inReplyTo = m.newThread ? null : (previous?.messageId ?? null);
    const mail: DemoMail = {
      key,
      messageId,
      inReplyTo,
      references: m.newThread ? [] : [...references].slice(-10),
      thread: m.newThread ? `${thread}-t${i}` : thread,
      from: m.from,
      to: m.to,
      cc: m.cc ?? [],
      sentAt: iso(times[i] as number),
      subject: m.words.subject,
      text: m.words.text,
      headers: m.headers ?? [],
      copies: [],
      intent: m.intent,
      ...(m.dsn ? { dsn: m.dsn } : {}),
    };
    if (ctx.mailboxes.has(m.from.address))
      mail.copies.push({ mailboxId: person(m.from.address).mailboxId, folder: "sent" });
    for (const r of [...m.to, ...(m.cc ?? [])])
      if (ctx.mailboxes.has(r.address) && r.address !== m.from.address)
        mail.copies.push({ mailboxId: person(r.address).mailboxId, folder: "inbox" });
    for (const mb of m.bccMailboxes ?? [])
      if (!mail.copies.some((c) => c.mailboxId === mb)) mail.copies.push({ mailboxId: mb, folder: "inbox" });
    ctx.mails.push(mail);
    if (m.newThread && m.intent.startsWith("candidate")) {
      previous = mail;
      references.length = 0;
      references.push(messageId);
    } else if (!m.newThread && m.reply !== false) {
      previous = mail;
      references.push(messageId);
    }
    return mail;
  };

  const addEvent = (i: number, interviewIndex: number, organizer: DemoPerson): DemoEvent => {
    const start = times[interviewIndex] as number;
    const uid = `${thread}-${interviewIndex}@${ctx.domain}`;
    const ev: DemoEvent = {
      uid,
      key: `${thread}-ev${interviewIndex}`,
      subject: `Interview: ${cand.name} – ${req.title}`,
      organizer: { address: organizer.address, name: organizer.name },
      attendees: [
        { address: cand.address, name: cand.name, response: "accepted" },
        { address: hm.address, name: hm.name, response: "accepted" },
      ],
      start: iso(start),
      end: iso(start + INTERVIEW_MS),
      timeZone: ctx.settings.timeZone,
      cancelled: false,
      createdAt: iso(times[i] as number),
      updatedAt: iso(times[i] as number),
      calendars: [...new Set([organizer.mailboxId, hm.mailboxId])],
    };
    ctx.events.push(ev);
    eventsByStep.set(interviewIndex, ev);
    return ev;
  };

  plan.steps.forEach((step, i) => {
    const org = byPerson(step.by);
    const orgAddr: DemoAddress = { address: org.address, name: org.name };
    const toOrg: DemoAddress = { address: lastOrg.address, name: lastOrg.name };
    const wc = wordingCtx(first(org.name), i, step.ref);
    const candWc = { ...wordingCtx(first(lastOrg.name), i, step.ref), candidate: first(cand.name) };
    let item: { id: string } | null = null;
    const orgMail = (words: W.Wording, intent: string, cc: DemoAddress[] = []) => {
      lastOrg = org;
      const m = addMail(i, { from: orgAddr, to: [candAddr], cc, words, intent });
      item = { id: m.messageId };
    };
    const candMail = (
      words: W.Wording,
      intent: string,
      extra: { headers?: [string, string][]; newThread?: boolean } = {},
    ) => {
      // A reply keeps the subject of the message it answers ("Re: …"), whatever its language.
      const answered = previous as DemoMail | null;
      const subject =
        !extra.newThread && !extra.headers && answered
          ? `Re: ${answered.subject.replace(/^(Re:\s*)+/i, "")}`
          : words.subject;
      const m = addMail(i, {
        from: candAddr,
        to: [toOrg],
        words: { ...words, subject },
        intent,
        ...(extra.headers ? { headers: extra.headers, reply: false } : {}),
        ...(extra.newThread ? { newThread: true } : {}),
      });
      item = { id: m.messageId };
    };
    switch (step.kind) {
      case "ack": {
        const m = addMail(i, {
          from: { address: ctx.careers.address, name: `${ctx.bp.name} Careers` },
          to: [candAddr],
          words: W.APPLICATION_ACK({ ...wc, candidate: first(cand.name) }),
          intent: "application_ack",
          headers: [["X-Mailer", "TalentFlow ATS"]],
          bccMailboxes: [recruiter.mailboxId],
        });
        item = { id: m.messageId };
        break;
      }
      case "forward": {
        const words = W.INTERNAL_FORWARD({ ...wordingCtx(first(recruiter.name), i), candidate: cand.name });
        const m = addMail(i, {
          from: { address: recruiter.address, name: recruiter.name },
          to: [{ address: hm.address, name: hm.name }],
          words: {
            subject: words.subject,
            text: `${words.text}\nFrom: ${cand.name} <${cand.address}>\nTo: ${ctx.careers.address}`,
          },
          intent: "internal_forward",
          newThread: true,
        });
        item = { id: m.messageId };
        break;
      }
      case "invite":
        orgMail(W.SCHEDULING_REQUEST[lang](wc), "scheduling_request");
        break;
      case "nudge":
        orgMail(W.NUDGE(wc), "scheduling_request");
        break;
      case "confirm": {
        orgMail(W.INTERVIEW_CONFIRMATION[lang](wc), "interview_confirmation", [
          { address: hm.address, name: hm.name },
        ]);
        if (step.event !== false && step.ref !== undefined) addEvent(i, step.ref, org);
        break;
      }
      case "booking": {
        const m = addMail(i, {
          from: { address: "notifications@bookings.example", name: "Booking service" },
          to: [{ address: recruiter.address, name: recruiter.name }],
          words: W.BOOKING_NOTIFICATION({ ...wc, candidate: cand.name }),
          intent: "booking_notification",
          newThread: true,
        });
        item = { id: m.messageId };
        if (step.ref !== undefined) addEvent(i, step.ref, recruiter);
        break;
      }
      case "interview": {
        const ev = eventsByStep.get(i);
        item = ev ? { id: ev.uid } : null;
        break;
      }
      case "cancel": {
        orgMail(W.INTERVIEW_CANCELLATION(wc), "interview_cancellation");
        const ev = step.ref !== undefined ? eventsByStep.get(step.ref) : undefined;
        if (ev) {
          ev.cancelled = true;
          ev.updatedAt = iso(times[i] as number);
          ev.attendees = ev.attendees.map((a) => ({ ...a }));
        }
        break;
      }
      case "assessment":
        orgMail(W.ASSESSMENT(wc), "assessment");
        break;
      case "offer":
        orgMail(W.OFFER[lang](wc), "offer");
        break;
      case "reject":
        orgMail(W.REJECTION[lang](wc), "rejection");
        break;
      case "welcome":
        orgMail(W.WELCOME(wc), "offer");
        break;
      case "status":
        orgMail(W.STATUS_UPDATE(wc), "status_update");
        break;
      case "avail":
        candMail(W.CANDIDATE_AVAILABILITY(candWc), "candidate_reply");
        break;
      case "submission":
        candMail(W.CANDIDATE_SUBMISSION(candWc), "candidate_reply");
        break;
      case "accept":
        candMail(W.CANDIDATE_ACCEPT_OFFER(candWc), "candidate_reply");
        break;
      case "thanks":
        candMail(W.CANDIDATE_THANKS(candWc), "candidate_reply");
        break;
      case "thanked":
        candMail(W.CANDIDATE_THANKS_AFTER_INTERVIEW(candWc), "candidate_reply");
        break;
      case "feedback":
        candMail(W.CANDIDATE_FEEDBACK_REQUEST(candWc), "candidate_inquiry");
        break;
      case "inquiry":
        candMail(W.CANDIDATE_STATUS_INQUIRY(candWc), "candidate_inquiry", { newThread: true });
        lastOrg = recruiter;
        break;
      case "withdraw":
        candMail(W.CANDIDATE_WITHDRAWAL(candWc), "candidate_withdrawal");
        break;
      case "autoreply":
        candMail(W.CANDIDATE_AUTO_REPLY({ ...candWc, candidate: cand.name }), "auto_reply", {
          headers: [
            ["Auto-Submitted", "auto-replied"],
            ["X-Autoreply", "yes"],
          ],
        });
        break;
      case "bounce": {
        const bounced = previous as DemoMail | null;
        const m = addMail(i, {
          from: { address: `postmaster@${ctx.domain}`, name: "Mail Delivery System" },
          to: [{ address: lastOrg.address, name: lastOrg.name }],
          words: W.BOUNCE({ ...wc, candidate: cand.address }),
          intent: "bounce",
          newThread: true,
          dsn: {
            recipient: cand.address,
            originalMessageId: bounced?.messageId ?? "",
            status: "5.1.1",
            diagnostic: "smtp; 550 5.1.1 User unknown",
          },
        });
        item = { id: m.messageId };
        break;
      }
    }
    for (const type of step.truth ?? []) {
      if (!item)
        throw new Error(`demo: story ${story} step ${i} (${step.kind}) has no item to anchor ${type}`);
      ctx.truth.push({
        type,
        candidate: cand.address,
        anchor: (item as { id: string }).id,
        role: req.title,
        story,
      });
    }
  });
}

/** Ordinary office mail in the monitored mailboxes: team syncs, newsletters (the `other` label). */
function officeNoise(ctx: TenantContext): DemoMail[] {
  const out: DemoMail[] = [];
  const rand = ctx.rand.fork("noise");
  const staff = ctx.people.filter((p) => p.role !== "service");
  for (let week = 0; week < 12; week++) {
    const sentAt = before(ctx.now, 5 * week + 1.2 + rand.next(), ctx.settings);
    const key = `${ctx.bp.id}-news-${week}`;
    const words = W.NEWSLETTER({
      candidate: "",
      role: "",
      org: ctx.bp.name,
      me: "",
      when: "",
      when2: "",
      link: "",
      other: "",
    });
    out.push({
      key,
      messageId: `<${key}@mail.${ctx.domain}>`,
      inReplyTo: null,
      references: [],
      thread: key,
      from: { address: `people-team@${ctx.domain}`, name: `${ctx.bp.name} People Team` },
      to: staff.map((p) => ({ address: p.address, name: p.name })),
      cc: [],
      sentAt: iso(sentAt),
      subject: words.subject,
      text: words.text,
      headers: [["Precedence", "bulk"]],
      copies: staff.map((p) => ({ mailboxId: p.mailboxId, folder: "inbox" as const })),
      intent: "other",
    });
    const a = rand.pick(staff);
    const b = rand.pick(staff.filter((p) => p !== a));
    const mk = `${ctx.bp.id}-sync-${week}`;
    const sync = W.COLLEAGUE_MEETING({
      candidate: "",
      role: "",
      org: ctx.bp.name,
      me: a.name.split(" ")[0] as string,
      when: "",
      when2: "",
      link: "",
      other: b.name.split(" ")[0] as string,
    });
    out.push({
      key: mk,
      messageId: `<${mk}@mail.${ctx.domain}>`,
      inReplyTo: null,
      references: [],
      thread: mk,
      from: { address: a.address, name: a.name },
      to: [{ address: b.address, name: b.name }],
      cc: [],
      sentAt: iso(before(ctx.now, 5 * week + 2.5 + rand.next(), ctx.settings)),
      subject: sync.subject,
      text: sync.text,
      headers: [],
      copies: [
        { mailboxId: a.mailboxId, folder: "sent" },
        { mailboxId: b.mailboxId, folder: "inbox" },
      ],
      intent: "other",
    });
  }
  return out;
}
