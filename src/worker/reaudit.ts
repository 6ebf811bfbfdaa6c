/**
 * Re-audits the candidates whose timelines changed: loads their stored metadata (every
 * mailbox of the tenant), runs the engine's `audit` with `classify` = lookup of the stored
 * classification, stores the timelines and reconciles findings.
 */
import type { AuditInput, AuditOptions, AuditResult } from "../engine/audit.ts";
import type { CalendarEvent, Classification, Classify, Message } from "../engine/model.ts";
import type { TenantSettings } from "../engine/settings.ts";
import { type EventRow, type MessageRow, rowToEvent, rowToMessage } from "../storage/mapping.ts";
import type { MailboxRecord, TenantRecord, TenantRepository } from "../storage/repository.ts";
import { runBatches } from "../storage/sql.ts";
import { type FindingChange, reconcileFindings } from "./lifecycle/reconcile.ts";

export type AuditFn = (input: AuditInput, options: AuditOptions) => AuditResult;

/** The engine parts the Worker runs (the real ones in production; the same ones in tests). */
export interface EngineDeps {
  audit: AuditFn;
  classify: Classify;
}

export interface ReauditResult {
  candidates: number;
  messages: number;
  events: number;
  changes: FindingChange[];
  rowsWritten: number;
}

/** At most this many addresses are pulled in by the one-hop expansion of a re-audit. */
const EXPANSION_LIMIT = 500;

/**
 * True when the address belongs to one of the organisation's domains (or a subdomain).
 *
 * @example
 * isOrgAddress("jo@eu.acme.com", ["acme.com"]) // true
 */
export function isOrgAddress(address: string, orgDomains: readonly string[]): boolean {
  const domain = address.slice(address.lastIndexOf("@") + 1).toLowerCase();
  return orgDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

function rowAddresses(r: MessageRow | EventRow): string[] {
  const out: string[] = [];
  if ("from_address" in r) {
    if (r.from_address) out.push(r.from_address);
    for (const col of [r.to_json, r.cc_json, r.bcc_json, r.reply_to_json]) {
      for (const a of JSON.parse(col) as { address: string }[]) out.push(a.address);
    }
    out.push(...(JSON.parse(r.mentioned_json) as string[]));
  } else {
    if (r.organizer_address) out.push(r.organizer_address);
    for (const a of JSON.parse(r.attendees_json) as { address: string }[]) out.push(a.address);
  }
  return out.map((a) => a.toLowerCase());
}

/**
 * Runs the engine's audit over stored rows, classifying each message by its stored
 * classification (no re-classification).
 *
 * @example
 * const result = auditStoredItems(engine, tenant.settings, mailboxes, messages, events, now)
 */
export function auditStoredItems(
  engine: EngineDeps,
  settings: TenantSettings,
  mailboxes: readonly MailboxRecord[],
  messages: readonly MessageRow[],
  events: readonly EventRow[],
  now: Date,
): AuditResult {
  const classifications = new Map<string, Classification>();
  const inputMessages: Message[] = [];
  for (const r of messages) {
    const { message, classification } = rowToMessage(r);
    classifications.set(`${message.mailboxId}\u0000${message.id}`, classification);
    inputMessages.push(message);
  }
  const inputEvents: CalendarEvent[] = events.map(rowToEvent);
  const lookup: Classify = (m) =>
    classifications.get(`${m.mailboxId}\u0000${m.id}`) ?? {
      label: "other",
      confidence: 0,
      evidence: ["no stored classification"],
    };
  return engine.audit(
    {
      mailboxes: mailboxes.map(({ enabled: _e, createdAt: _c, ...m }) => m),
      messages: inputMessages,
      events: inputEvents,
    },
    { settings, classify: lookup, now },
  );
}

/**
 * Re-audits the candidates named by `addresses` and applies the finding changes.
 *
 * @example
 * await reauditAddresses(repo, tenant, mailboxes, touched, { now, engine, actor: "system:sync", full: false })
 */
export async function reauditAddresses(
  db: D1Database,
  repo: TenantRepository,
  tenant: TenantRecord,
  mailboxes: readonly MailboxRecord[],
  addresses: Iterable<string>,
  opts: { now: Date; engine: EngineDeps; actor: string; full: boolean },
): Promise<ReauditResult> {
  const settings: TenantSettings = tenant.settings;
  const own = new Set(mailboxes.map((m) => m.address.toLowerCase()));
  const external = [...new Set([...addresses].map((a) => a.toLowerCase()))].filter(
    (a) => !own.has(a) && !isOrgAddress(a, settings.orgDomains),
  );
  const empty: ReauditResult = { candidates: 0, messages: 0, events: 0, changes: [], rowsWritten: 0 };
  if (external.length === 0) return empty;

  const prior = await repo.candidateIdsByAddresses(external);
  const loaded = new Set([...external, ...(await repo.addressesOfCandidates(prior))]);
  let { messages, events } = await repo.itemsByAddresses([...loaded]);
  const more = new Set<string>();
  for (const r of [...messages, ...events]) {
    for (const a of rowAddresses(r)) {
      if (!loaded.has(a) && !own.has(a) && !isOrgAddress(a, settings.orgDomains)) more.add(a);
    }
  }
  if (more.size > 0 && more.size <= EXPANSION_LIMIT) {
    const extraPrior = await repo.addressesOfCandidates(await repo.candidateIdsByAddresses([...more]));
    const fresh = [...new Set([...more, ...extraPrior])].filter((a) => !loaded.has(a));
    for (const a of fresh) loaded.add(a);
    // Only the new addresses are queried; rows already loaded are kept once.
    const extra = await repo.itemsByAddresses(fresh);
    const key = (r: { mailbox_id: string; id: string }) => `${r.mailbox_id}\u0000${r.id}`;
    const seenM = new Set(messages.map(key));
    const seenE = new Set(events.map(key));
    messages = [...messages, ...extra.messages.filter((r) => !seenM.has(key(r)))].sort((a, b) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
    events = [...events, ...extra.events.filter((r) => !seenE.has(key(r)))].sort((a, b) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
  }

  const result = auditStoredItems(opts.engine, settings, mailboxes, messages, events, opts.now);

  // Only candidates whose every address was loaded have a complete timeline here.
  const complete = result.timelines.filter((t) => t.addresses.every((a) => loaded.has(a.toLowerCase())));
  const inScope = new Set(complete.map((t) => t.candidateId));
  const vanished = prior.filter(
    (id) => !inScope.has(id) && !result.timelines.some((t) => t.candidateId === id),
  );
  for (const id of vanished) inScope.add(id);

  // `requisition_stall` spans every candidate of a role: only a tenant-wide audit (`full`) sees
  // them all, so a subset re-audit neither opens, updates nor closes one (it would judge a role
  // from the mailboxes synced so far).
  const storedStalls = opts.full ? await repo.findingsOfType("requisition_stall") : [];
  const stored = [
    ...(await repo.findingsForCandidates([...inScope])).filter(
      (s) => opts.full || s.type !== "requisition_stall",
    ),
    ...storedStalls,
  ];
  const dedupStored = [...new Map(stored.map((s) => [s.key, s])).values()];
  const engineFindings = result.findings.filter((f) =>
    f.type === "requisition_stall" ? opts.full : inScope.has(f.candidateId),
  );
  const changes = reconcileFindings(engineFindings, dedupStored, {
    candidateIds: inScope,
    includeRequisitionStall: opts.full,
  });
  const at = opts.now.toISOString();
  const rowsWritten = await runBatches(db, [
    ...(await repo.timelineStatements(complete, vanished)),
    ...repo.findingChangeStatements(changes, opts.actor, at),
  ]);
  return {
    candidates: complete.length,
    messages: messages.length,
    events: events.length,
    changes,
    rowsWritten,
  };
}

/**
 * The time-driven re-audit of one tenant: candidates with recent activity or an active finding
 * (a `ghost_risk` turns `ghosted` with no new mail, only because time passed).
 *
 * @example
 * await tickTenant(env.DB, repo, now, engine)
 */
export async function tickTenant(
  db: D1Database,
  repo: TenantRepository,
  now: Date,
  engine: EngineDeps,
  activeDays = 60,
  groupSize = 200,
): Promise<ReauditResult> {
  const tenant = await repo.getTenant();
  if (!tenant) throw new Error(`tenant ${repo.tenantId} does not exist`);
  const mailboxes = await repo.listMailboxes();
  const since = new Date(now.getTime() - activeDays * 86_400_000).toISOString();
  const ids = await repo.timeSensitiveCandidateIds(since);
  const total: ReauditResult = { candidates: 0, messages: 0, events: 0, changes: [], rowsWritten: 0 };
  const add = (r: ReauditResult): void => {
    total.candidates += r.candidates;
    total.messages += r.messages;
    total.events += r.events;
    total.changes.push(...r.changes);
    total.rowsWritten += r.rowsWritten;
  };
  const groups: string[][] = [];
  for (let i = 0; i < ids.length; i += groupSize) groups.push(ids.slice(i, i + groupSize));
  for (const group of groups) {
    const addresses = await repo.addressesOfCandidates(group);
    add(
      await reauditAddresses(db, repo, tenant, mailboxes, addresses, {
        now,
        engine,
        actor: "system:clock",
        full: groups.length === 1,
      }),
    );
  }
  if (groups.length > 1) {
    // No group saw the whole tenant, so none decided `requisition_stall`. A stall is made only of
    // candidates with a `ghosted` or `stalled_scheduling` finding, all of them up to date now:
    // one audit of exactly those candidates sees every candidate that can take part in a stall,
    // so it is tenant-wide for stalls (and re-derives the same findings for the rest).
    const silent = new Set<string>();
    for (const type of ["ghosted", "stalled_scheduling"]) {
      for (const f of await repo.findingsOfType(type))
        if (f.status !== "auto_resolved") silent.add(f.candidateId);
    }
    if (silent.size > 0) {
      const addresses = await repo.addressesOfCandidates([...silent]);
      add(
        await reauditAddresses(db, repo, tenant, mailboxes, addresses, {
          now,
          engine,
          actor: "system:clock",
          full: true,
        }),
      );
    } else {
      // Nobody is silent any more: every stored stall is repaired.
      const changes = reconcileFindings([], await repo.findingsOfType("requisition_stall"), {
        candidateIds: new Set(),
        includeRequisitionStall: true,
      });
      total.changes.push(...changes);
      total.rowsWritten += await runBatches(
        db,
        repo.findingChangeStatements(changes, "system:clock", now.toISOString()),
      );
    }
  }
  return total;
}
