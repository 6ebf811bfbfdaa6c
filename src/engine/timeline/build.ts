/**
 * Timeline building across mailboxes: deduplicate copies, attribute scheduling-tool mail,
 * compute directions, classify once per Internet message, thread, resolve candidates (merging
 * a candidate's second address) and attach bounces, auto-replies, hand-offs and calendar
 * events to the candidate they concern.
 *
 * Linear in the number of message copies plus references: one pass to deduplicate, one to
 * attribute and classify, one union-find for threads and one for candidate addresses.
 */
import type {
  CalendarEvent,
  Classification,
  Classify,
  ClassifyContext,
  Direction,
  EmailAddress,
  Mailbox,
  Message,
} from "../model.ts";
import { RECRUITING_LABELS } from "../model.ts";
import type { TenantSettings } from "../settings.ts";
import { type AddressBook, addressBook, addressesIn } from "./addresses.ts";
import { attribute, directionOf } from "./direction.ts";
import { candidateIdFor, shortHash } from "./hash.ts";
import type { CandidateTimeline, EventItem, MessageItem, TimelineItem } from "./types.ts";

/** What {@link buildTimelines} reads. */
export interface TimelineInput {
  mailboxes: Mailbox[];
  /**
   * Every copy of every message, read once in order. An array works; so does a generator, which
   * lets a caller stream a large export: only the first copy of each Internet message is kept.
   */
  messages: Iterable<Message>;
  /** Every copy of every calendar event, read once (array or generator). */
  events: Iterable<CalendarEvent>;
}

export interface TimelineOptions {
  settings: TenantSettings;
  classify: Classify;
  now: Date;
}

export interface TimelineBuild {
  timelines: CandidateTimeline[];
  warnings: string[];
  stats: { messages: number; uniqueMessages: number; events: number; uniqueEvents: number };
}

const RECRUITING = new Set<string>(RECRUITING_LABELS);
/** A thread with more candidates than this is a bulk/notification thread: no attachment by thread. */
const MAX_THREAD_CANDIDATES_FOR_ATTACHMENT = 2;

/** Placeholder classification between deduplication and classification (never returned). */
const PENDING: Classification = { label: "other", confidence: 0, evidence: [] };

/** Small integer union-find keyed by strings. */
class UnionFind {
  private readonly index = new Map<string, number>();
  private readonly parent: number[] = [];
  node(key: string): number {
    let n = this.index.get(key);
    if (n === undefined) {
      n = this.parent.length;
      this.parent.push(n);
      this.index.set(key, n);
    }
    return n;
  }
  /** A node without a key. */
  fresh(): number {
    const n = this.parent.length;
    this.parent.push(n);
    return n;
  }
  has(key: string): boolean {
    return this.index.has(key);
  }
  find(n: number): number {
    const p = this.parent;
    let r = n;
    while (p[r] !== r) r = p[r] as number;
    while (p[n] !== r) {
      const next = p[n] as number;
      p[n] = r;
      n = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function normaliseMessageId(id: string | null | undefined): string | null {
  if (!id) return null;
  const t = id.trim();
  if (!t) return null;
  return t.startsWith("<") ? t : `<${t}>`;
}

function contentKey(m: Message): string {
  const to = m.to
    .map((a) => a.address)
    .sort()
    .join(",");
  return `ck_${shortHash(`${m.from?.address ?? ""}|${m.sentAt ?? m.receivedAt}|${m.subject}|${to}`)}`;
}

const NO_PEOPLE: EmailAddress[] = [];
const isPersonIn = (list: readonly EmailAddress[], book: AddressBook): boolean => {
  for (let k = 0; k < list.length; k++) if (book.isPerson((list[k] as EmailAddress).address)) return true;
  return false;
};
/** The external people an organisation message is addressed to: `to`, else `cc`, else `bcc`. */
function firstPeople(m: Message, book: AddressBook): readonly EmailAddress[] {
  const list = isPersonIn(m.to, book)
    ? m.to
    : isPersonIn(m.cc, book)
      ? m.cc
      : isPersonIn(m.bcc, book)
        ? m.bcc
        : NO_PEOPLE;
  if (list === NO_PEOPLE) return list;
  let all = true;
  for (let k = 0; k < list.length; k++) if (!book.isPerson((list[k] as EmailAddress).address)) all = false;
  return all ? list : list.filter((a) => book.isPerson(a.address));
}

/**
 * Builds every candidate's timeline from the messages and events of all monitored mailboxes.
 *
 * @example
 * const { timelines } = buildTimelines({ mailboxes, messages, events }, { settings, classify, now });
 */
export function buildTimelines(input: TimelineInput, options: TimelineOptions): TimelineBuild {
  const { settings, classify, now } = options;
  const warnings: string[] = [];
  const book = addressBook(settings.orgDomains);
  const mailboxById = new Map<string, Mailbox>();
  for (const mb of input.mailboxes) mailboxById.set(mb.id, mb);
  const orgDomains = settings.orgDomains;
  const nowMs = now.getTime();

  // Threads: one union-find over message keys (Message-IDs / content keys) and provider
  // thread ids, which are scoped per mailbox (Gmail and Graph thread ids are per mailbox).
  const threads = new UnionFind();
  const threadNodes = new Map<string, Map<string, number>>();
  const threadNode = (mailboxId: string, threadId: string): number => {
    let inBox = threadNodes.get(mailboxId);
    if (!inBox) {
      inBox = new Map();
      threadNodes.set(mailboxId, inBox);
    }
    let n = inBox.get(threadId);
    if (n === undefined) {
      n = threads.fresh();
      inBox.set(threadId, n);
    }
    return n;
  };

  // 1. Deduplicate copies by Internet Message-ID (content key when absent). The timeline item is
  // created here; attribution and classification fill it in step 2.
  const indexOf = new Map<string, number>();
  const items: MessageItem[] = [];
  /** Union-find node of each item (parallel to `items`). */
  const nodes: number[] = [];
  let drafts = 0;
  const unknownMailboxes = new Set<string>();
  let messageCopies = 0;
  for (const m of input.messages) {
    messageCopies++;
    if (m.isDraft) {
      drafts++;
      continue;
    }
    if (!mailboxById.has(m.mailboxId)) unknownMailboxes.add(m.mailboxId);
    const key = normaliseMessageId(m.internetMessageId) ?? contentKey(m);
    const seen = indexOf.get(key);
    if (seen !== undefined) {
      const it = items[seen] as MessageItem;
      // Two-element literals are exact-size; a pushed-to small array keeps ~17 slots, which at a
      // million messages costs more memory than the copies themselves (3+ copies: see step 2).
      const copyId = `${m.mailboxId}/${m.id}`;
      if (it.copyIds.length === 1) it.copyIds = [it.copyIds[0] as string, copyId];
      else it.copyIds.push(copyId);
      if (!it.mailboxIds.includes(m.mailboxId)) {
        if (it.mailboxIds.length === 1) it.mailboxIds = [it.mailboxIds[0] as string, m.mailboxId];
        else it.mailboxIds.push(m.mailboxId);
      }
      if (m.threadId) threads.union(nodes[seen] as number, threadNode(m.mailboxId, m.threadId));
      continue;
    }
    const at = m.sentAt ?? m.receivedAt;
    const atMs = Date.parse(at);
    if (Number.isNaN(atMs)) {
      warnings.push(`message ${m.mailboxId}/${m.id}: unreadable time ${at}; skipped`);
      continue;
    }
    const node = threads.fresh();
    if (m.threadId) threads.union(node, threadNode(m.mailboxId, m.threadId));
    indexOf.set(key, items.length);
    nodes.push(node);
    items.push({
      kind: "message",
      id: key,
      at,
      atMs,
      message: m,
      mailboxIds: [m.mailboxId],
      copyIds: [`${m.mailboxId}/${m.id}`],
      direction: "unrelated",
      classification: PENDING,
      voice: "system",
      actor: "",
      handoff: false,
      threadKey: "",
    });
  }
  if (drafts > 0) warnings.push(`${drafts} draft message(s) ignored (never sent)`);
  if (unknownMailboxes.size > 0) {
    warnings.push(
      `messages reference mailbox id(s) not in the mailbox list: ${[...unknownMailboxes].sort().join(", ")}`,
    );
  }

  // 2. Attribute, direction, classify once per Internet message; thread with union-find.
  /** One frozen context per direction, shared by every classifier call. */
  const contexts: Record<Direction, ClassifyContext> = {
    outbound: Object.freeze({ direction: "outbound", orgDomains }),
    inbound: Object.freeze({ direction: "inbound", orgDomains }),
    internal: Object.freeze({ direction: "internal", orgDomains }),
    unrelated: Object.freeze({ direction: "unrelated", orgDomains }),
  };
  /** Thread node of a referenced Message-ID: its message's node when we hold it. */
  const messageNode = (id: string): number => {
    const i = indexOf.get(id);
    return i === undefined ? threads.node(id) : (nodes[i] as number);
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as MessageItem;
    const m = it.message;
    if (it.copyIds.length > 2) {
      // Exact-size arrays for messages seen in three or more mailboxes.
      it.copyIds = it.copyIds.slice();
      it.mailboxIds = it.mailboxIds.slice();
    }
    const att = attribute(m, book, mailboxById.get(m.mailboxId));
    const direction = directionOf(m, att, book);
    let classification: Classification;
    try {
      classification = classify(m, contexts[direction]);
    } catch (err) {
      warnings.push(`message ${it.id}: classifier failed (${(err as Error).message}); labelled other`);
      classification = { label: "other", confidence: 0, evidence: ["classifier-error"] };
    }
    const label = classification.label;
    it.direction = direction;
    it.classification = classification;
    it.voice =
      label === "bounce" || label === "auto_reply" || att.party === "unknown"
        ? "system"
        : att.party === "org"
          ? "org"
          : "candidate";
    it.actor = att.actor;
    const n = nodes[i] as number;
    const irt = normaliseMessageId(m.inReplyTo);
    if (irt) threads.union(n, messageNode(irt));
    for (const r of m.references) {
      const ref = normaliseMessageId(r);
      if (ref) threads.union(n, messageNode(ref));
    }
  }
  indexOf.clear();
  const order = items;
  const roots: number[] = new Array(order.length);
  /** One key string per thread, shared by its messages. */
  const threadKeys = new Map<number, string>();
  for (let i = 0; i < order.length; i++) {
    const r = threads.find(nodes[i] as number);
    roots[i] = r;
    let key = threadKeys.get(r);
    if (key === undefined) {
      key = `th${r}`;
      threadKeys.set(r, key);
    }
    (items[i] as MessageItem).threadKey = key;
  }

  // 3. Candidate addresses: external people in recruiting-labelled candidate-facing mail.
  const people = new UnionFind();
  const firstSeen = new Map<string, number>();
  const names = new Map<string, string>();
  const noteName = (a: EmailAddress | null | undefined) => {
    if (a?.name && !names.has(a.address)) {
      const n = a.name.trim().replace(/^["']|["']$/g, "");
      if (n && !n.includes("@")) names.set(a.address, n);
    }
  };
  const addCandidate = (address: string, atMs: number) => {
    people.node(address);
    const seen = firstSeen.get(address);
    if (seen === undefined || atMs < seen) firstSeen.set(address, atMs);
  };
  /** Per thread root: external people the org wrote to, and external authors. */
  const threadRecipients = new Map<number, Set<string>>();
  const threadAuthors = new Map<number, Set<string>>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as MessageItem;
    const m = it.message;
    const recruiting = RECRUITING.has(it.classification.label);
    if (it.voice === "org" && it.direction === "outbound") {
      const targets = firstPeople(m, book);
      const root = roots[i] as number;
      let set = threadRecipients.get(root);
      if (!set) {
        set = new Set();
        threadRecipients.set(root, set);
      }
      for (const t of targets) {
        set.add(t.address);
        noteName(t);
        if (recruiting) addCandidate(t.address, it.atMs);
      }
    } else if (it.voice === "candidate" && it.direction === "inbound" && book.isPerson(it.actor)) {
      if (m.from?.address === it.actor) noteName(m.from);
      else for (const r of m.replyTo) if (r.address === it.actor) noteName(r);
      const root = roots[i] as number;
      let set = threadAuthors.get(root);
      if (!set) {
        set = new Set();
        threadAuthors.set(root, set);
      }
      set.add(it.actor);
      if (recruiting) addCandidate(it.actor, it.atMs);
    }
  }
  // A candidate writing from a second address inside the same thread is the same person: the
  // thread's only addressee, or the addressee with the same display name — provided that
  // addressee is a candidate (received recruiting mail), never an agency or other outsider.
  for (const [root, authors] of threadAuthors) {
    const recipients = threadRecipients.get(root);
    if (!recipients || recipients.size === 0) continue;
    for (const b of authors) {
      if (recipients.has(b)) continue;
      let partner: string | null = null;
      if (recipients.size === 1) partner = recipients.values().next().value as string;
      else {
        const nb = names.get(b)?.toLowerCase();
        if (nb) for (const r of recipients) if (names.get(r)?.toLowerCase() === nb) partner = r;
      }
      if (partner && people.has(partner)) {
        // The second address keeps its own first appearance (last when it only wrote
        // non-recruiting mail), so the address the organisation wrote to first stays primary.
        if (!firstSeen.has(b)) addCandidate(b, Number.MAX_SAFE_INTEGER);
        people.union(people.node(partner), people.node(b));
      }
    }
  }
  // Components → candidates with a primary address (earliest seen, then alphabetical).
  const componentAddresses = new Map<number, string[]>();
  for (const address of firstSeen.keys()) {
    const r = people.find(people.node(address));
    let list = componentAddresses.get(r);
    if (!list) {
      list = [];
      componentAddresses.set(r, list);
    }
    list.push(address);
  }
  interface Draft {
    candidateId: string;
    addresses: string[];
    items: TimelineItem[];
  }
  const candidateOf = new Map<string, Draft>();
  const drafts_: Draft[] = [];
  for (const list of componentAddresses.values()) {
    list.sort(
      (a, b) => (firstSeen.get(a) as number) - (firstSeen.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0),
    );
    const d: Draft = {
      candidateId: candidateIdFor(list[0] as string),
      addresses: list,
      items: [],
    };
    drafts_.push(d);
    for (const a of list) candidateOf.set(a, d);
  }

  // 4. Attach messages: directly by address; bounces by failed recipients; the rest by thread.
  const attach = (d: Draft, it: TimelineItem) => {
    d.items.push(it);
  };
  const threadCandidates = new Map<number, Set<Draft>>();
  const pending: number[] = [];
  /** Candidates found in the current message (reused: most messages name one). */
  const found: Draft[] = [];
  const consider = (a: string | null | undefined) => {
    if (!a) return;
    const d = candidateOf.get(a);
    if (d && !found.includes(d)) found.push(d);
  };
  const considerAll = (list: readonly EmailAddress[]) => {
    for (let k = 0; k < list.length; k++) consider((list[k] as EmailAddress).address);
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as MessageItem;
    const m = it.message;
    found.length = 0;
    if (it.classification.label === "bounce") {
      for (const a of it.classification.bouncedRecipients ?? []) consider(a.trim().toLowerCase());
    } else {
      consider(m.from?.address);
      if (it.voice === "candidate") consider(it.actor);
      considerAll(m.to);
      considerAll(m.cc);
      considerAll(m.bcc);
      if (it.voice !== "org") considerAll(m.replyTo);
    }
    if (found.length === 0) {
      pending.push(i);
      continue;
    }
    const root = roots[i] as number;
    let set = threadCandidates.get(root);
    if (!set) {
      set = new Set();
      threadCandidates.set(root, set);
    }
    for (const d of found) {
      set.add(d);
      attach(d, it);
    }
  }
  for (const i of pending) {
    const it = items[i] as MessageItem;
    // Only hand-offs between colleagues and machine mail attach indirectly; mail between the
    // organisation and some other outsider in the candidate's thread (an agency, a referee) is
    // not candidate-facing and is left out.
    if (it.voice !== "system" && it.direction !== "internal") continue;
    // A bounce that names its failed recipients concerns them only (a colleague's address failing
    // in the candidate's thread is not the candidate's undelivered mail).
    if (it.classification.label === "bounce" && it.classification.bouncedRecipients?.length) continue;
    const byThread = threadCandidates.get(roots[i] as number);
    let targets: Draft[] = [];
    if (byThread && byThread.size <= MAX_THREAD_CANDIDATES_FOR_ATTACHMENT) targets = [...byThread];
    else if (it.direction === "internal" || it.voice === "system") {
      // Forwarded headers and bounce bodies name the candidate's address.
      const mentioned = new Set<Draft>();
      for (const a of addressesIn(it.message.excerpt)) {
        const d = candidateOf.get(a);
        if (d) mentioned.add(d);
      }
      if (mentioned.size <= MAX_THREAD_CANDIDATES_FOR_ATTACHMENT) targets = [...mentioned];
    }
    if (targets.length === 0) continue;
    if (it.direction === "internal" && it.voice === "org") it.handoff = true;
    for (const d of targets) attach(d, it);
  }

  // 5. Calendar events: deduplicate by iCalUId, attach through attendees.
  const eventGroups = new Map<string, CalendarEvent[]>();
  let eventCopies = 0;
  for (const e of input.events) {
    eventCopies++;
    const key = e.iCalUId?.trim() || `${e.mailboxId}/${e.id}`;
    const list = eventGroups.get(key);
    if (list) list.push(e);
    else eventGroups.set(key, [e]);
  }
  for (const [key, copies] of eventGroups) {
    // Candidates among the organisers and attendees of every copy (most meetings have none).
    let found: Map<Draft, string> | null = null;
    for (const c of copies) {
      const org = c.organizer ? candidateOf.get(c.organizer.address) : undefined;
      if (org) {
        found ??= new Map();
        found.set(org, "organizer");
      }
      for (const a of c.attendees) {
        const d = candidateOf.get(a.address);
        if (d) {
          found ??= new Map();
          found.set(d, a.response);
        }
      }
    }
    if (!found) continue;
    let latest = copies[0] as CalendarEvent;
    for (const c of copies) if ((c.updatedAt ?? "") > (latest.updatedAt ?? "")) latest = c;
    const atMs = Date.parse(latest.start);
    const endMs = Date.parse(latest.end);
    if (Number.isNaN(atMs) || Number.isNaN(endMs)) {
      warnings.push(`event ${key}: unreadable start/end; skipped`);
      continue;
    }
    let cancelled = false;
    const orgPeople = new Set<string>();
    const mailboxIds: string[] = [];
    for (const c of copies) {
      if (c.cancelled) cancelled = true;
      if (!mailboxIds.includes(c.mailboxId)) mailboxIds.push(c.mailboxId);
      if (c.organizer && book.isOrg(c.organizer.address)) orgPeople.add(c.organizer.address);
      for (const a of c.attendees) if (book.isOrg(a.address)) orgPeople.add(a.address);
    }
    let declined = true;
    for (const r of found.values()) if (r !== "declined") declined = false;
    const item: EventItem = {
      kind: "event",
      id: key,
      at: latest.start,
      atMs,
      endMs,
      event: latest,
      copies,
      mailboxIds,
      held: !cancelled && !declined && endMs < nowMs,
      cancelled,
      orgPeople: [...orgPeople].sort(),
    };
    for (const d of found.keys()) attach(d, item);
    for (const a of latest.attendees)
      if (a.name && candidateOf.has(a.address) && !names.has(a.address)) names.set(a.address, a.name);
  }

  // 6. Finish each timeline: order, name, role, team, language, people.
  const timelines: CandidateTimeline[] = [];
  for (const d of drafts_) {
    if (d.items.length === 0) continue;
    d.items.sort((a, b) => a.atMs - b.atMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let name: string | undefined;
    for (const a of d.addresses) {
      const n = names.get(a);
      if (n) {
        name = n;
        break;
      }
    }
    let role: string | undefined;
    let language: string | undefined;
    let orgLanguage: string | undefined;
    const teamCount = new Map<string, number>();
    const personCount = new Map<string, number>();
    for (const it of d.items) {
      if (it.kind === "event") {
        for (const p of it.orgPeople) personCount.set(p, (personCount.get(p) ?? 0) + 1);
        for (const mb of it.mailboxIds) {
          const team = mailboxById.get(mb)?.team;
          if (team) teamCount.set(team, (teamCount.get(team) ?? 0) + 1);
        }
        continue;
      }
      const c = it.classification;
      if (c.role) role = c.role;
      if (c.language) {
        if (it.voice === "candidate") language = c.language;
        else if (it.voice === "org" && !it.handoff) orgLanguage = c.language;
      }
      if (it.voice === "org" && it.actor) personCount.set(it.actor, (personCount.get(it.actor) ?? 0) + 1);
      for (const mb of it.mailboxIds) {
        const team = mailboxById.get(mb)?.team;
        if (team) teamCount.set(team, (teamCount.get(team) ?? 0) + 1);
      }
    }
    const tl: CandidateTimeline = {
      candidateId: d.candidateId,
      addresses: d.addresses,
      items: d.items,
      people: [...personCount.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .map(([p]) => p),
    };
    if (name) tl.name = name;
    if (role) tl.role = role;
    const team = [...teamCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    if (team) tl.team = team;
    const lang = language ?? orgLanguage;
    if (lang) tl.language = lang;
    timelines.push(tl);
  }
  timelines.sort((a, b) => (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0));

  return {
    timelines,
    warnings,
    stats: {
      messages: messageCopies,
      uniqueMessages: order.length,
      events: eventCopies,
      uniqueEvents: eventGroups.size,
    },
  };
}
