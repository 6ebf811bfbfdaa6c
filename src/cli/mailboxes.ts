/**
 * Which mailbox each input belongs to. A file inside a configured mailbox's `paths` belongs to
 * that mailbox; any other file gets a provisional mailbox per unit (the folder of `.eml` files,
 * or the mbox/ics/JSON file), whose owner is inferred after reading: the most frequent
 * organisation `Delivered-To`/`X-Original-To`, else the sender of its sent mail (`X-Gmail-Labels: Sent`,
 * Graph/Gmail sent folder), else the organisation address seen most often. Units that resolve
 * to the same owner become one mailbox; a configured mailbox with that address lends its id,
 * role and team.
 */
import { resolve, sep } from "node:path";
import type { CalendarEvent, Mailbox, Message, Provider } from "../engine/model.ts";
import type { MailboxConfig } from "./config.ts";
import { displayPath, type InputFile } from "./inputs.ts";

export interface MailboxResolution {
  mailboxes: Mailbox[];
  /** How each mailbox was found, or why its owner is unknown (for stderr). */
  notes: string[];
  /** Warnings (an owner that could not be inferred). */
  warnings: string[];
}

/**
 * Decides provisional mailbox ids while reading, and the final mailboxes afterwards.
 *
 * @example
 * const plan = new MailboxPlan(config.mailboxes, config.baseDir, settings.orgDomains);
 * const id = plan.provisionalId(file); // while reading
 * const { mailboxes } = plan.finalize(messages, events); // after reading
 */
export class MailboxPlan {
  readonly #configured: { mailbox: MailboxConfig; id: string; roots: string[] }[];
  readonly #orgDomains: readonly string[];
  readonly #unitOf = new Map<string, string>();

  /**
   * @example
   * const plan = new MailboxPlan(config.mailboxes, config.baseDir, settings.orgDomains);
   */
  constructor(configured: readonly MailboxConfig[], baseDir: string, orgDomains: readonly string[]) {
    this.#configured = configured.map((mailbox) => ({
      mailbox,
      id: mailbox.id ?? mailbox.address,
      roots: mailbox.paths.map((p) => resolve(baseDir, p)),
    }));
    this.#orgDomains = orgDomains;
  }

  /**
   * The mailbox id messages of `file` carry while reading.
   *
   * @example
   * plan.provisionalId(file) // "rita@acme.com" or "unit:exports/rita"
   */
  provisionalId(file: InputFile): string {
    const absolute = resolve(file.path);
    let best: { id: string; length: number } | null = null;
    for (const entry of this.#configured) {
      for (const root of entry.roots) {
        if ((absolute === root || absolute.startsWith(root + sep)) && (!best || root.length > best.length)) {
          best = { id: entry.id, length: root.length };
        }
      }
    }
    if (best) return best.id;
    const id = `unit:${displayPath(file.unit)}`;
    this.#unitOf.set(id, displayPath(file.unit));
    return id;
  }

  /**
   * Infers the owners of provisional mailboxes, rewrites `mailboxId` on the messages and events
   * in place, and returns the final mailbox list.
   *
   * @example
   * const { mailboxes } = plan.finalize(messages, events);
   */
  finalize(messages: Message[], events: CalendarEvent[]): MailboxResolution {
    const notes: string[] = [];
    const warnings: string[] = [];
    const evidence = new Map<string, UnitEvidence>();
    const ev = (id: string): UnitEvidence => {
      let e = evidence.get(id);
      if (!e) {
        e = { deliveredTo: new Map(), sentFrom: new Map(), org: new Map(), providers: new Map() };
        evidence.set(id, e);
      }
      return e;
    };
    const isOrg = (address: string) => {
      const domain = address.slice(address.lastIndexOf("@") + 1);
      return this.#orgDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
    };
    // Every mailbox id that the config does not define is provisional: a unit of this run, or an
    // id carried in by `parse` output or another export.
    const configuredIds = new Set(this.#configured.map((c) => c.id));
    for (const m of messages) {
      if (configuredIds.has(m.mailboxId)) continue;
      const e = ev(m.mailboxId);
      bump(e.providers, m.provider);
      // The owner of an audited mailbox is an organisation address: a candidate's Delivered-To
      // (a copy of mail they received, forwarded into the export) says nothing about the owner.
      const delivered = firstAddress(m.headers["delivered-to"] ?? m.headers["x-original-to"]);
      if (delivered && isOrg(delivered)) bump(e.deliveredTo, delivered);
      if (m.folder === "sent" && m.from) bump(e.sentFrom, m.from.address);
      for (const a of [m.from, ...m.to, ...m.cc]) if (a && isOrg(a.address)) bump(e.org, a.address);
    }
    for (const event of events) {
      if (configuredIds.has(event.mailboxId)) continue;
      const e = ev(event.mailboxId);
      bump(e.providers, event.provider);
      for (const a of [event.organizer?.address, ...event.attendees.map((x) => x.address)]) {
        if (a && isOrg(a)) bump(e.org, a);
      }
    }

    const byId = new Map<string, Mailbox>();
    for (const { mailbox, id } of this.#configured) {
      byId.set(id, toMailbox(mailbox, id));
      notes.push(
        `mailbox ${id}: from the config (${mailbox.role}${mailbox.team ? `, team ${mailbox.team}` : ""}${mailbox.paths.length ? `; paths ${mailbox.paths.join(", ")}` : ""})`,
      );
    }
    const remap = new Map<string, string>();
    for (const [provisional, e] of evidence) {
      const unit = this.#unitOf.get(provisional) ?? provisional.replace(/^unit:/, "");
      const inferred =
        top(e.deliveredTo, "Delivered-To") ??
        top(e.sentFrom, "the sender of its sent mail") ??
        top(e.org, "the organisation address seen most often");
      const provider = (top(e.providers, "")?.value ?? "file") as Provider;
      if (!inferred) {
        const address = `${slug(unit)}@unknown.invalid`;
        byId.set(provisional, { id: provisional, address, provider, role: "recruiter", displayName: unit });
        warnings.push(
          `mailbox of ${unit}: owner address unknown (no Delivered-To, sent mail or organisation address); list it under [[mailboxes]] with paths in the config`,
        );
        continue;
      }
      const configured = this.#configured.find((c) => c.mailbox.address === inferred.value);
      const id = configured?.id ?? inferred.value;
      remap.set(provisional, id);
      if (!byId.has(id)) byId.set(id, { id, address: inferred.value, provider, role: "recruiter" });
      notes.push(
        `mailbox ${id}: ${unit} (owner from ${inferred.how}${configured ? "; role and team from the config" : ""})`,
      );
    }
    if (remap.size > 0) {
      for (const m of messages) {
        const id = remap.get(m.mailboxId);
        if (id) m.mailboxId = id;
      }
      for (const event of events) {
        const id = remap.get(event.mailboxId);
        if (id) event.mailboxId = id;
      }
    }
    return { mailboxes: [...byId.values()], notes, warnings };
  }
}

interface UnitEvidence {
  deliveredTo: Map<string, number>;
  sentFrom: Map<string, number>;
  org: Map<string, number>;
  providers: Map<string, number>;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Most frequent key (ties: alphabetical, for determinism). */
function top(map: Map<string, number>, how: string): { value: string; how: string } | null {
  let best: [string, number] | null = null;
  for (const entry of map) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return best ? { value: best[0], how } : null;
}

function firstAddress(value: string | undefined): string | null {
  if (!value) return null;
  const match = /[^\s<>,;"]+@[^\s<>,;"]+/.exec(value);
  return match ? match[0].toLowerCase() : null;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "mailbox"
  );
}

function toMailbox(config: MailboxConfig, id: string): Mailbox {
  const mailbox: Mailbox = { id, address: config.address, provider: config.provider, role: config.role };
  if (config.displayName) mailbox.displayName = config.displayName;
  if (config.team) mailbox.team = config.team;
  return mailbox;
}
