/**
 * Address predicates: organisation membership, scheduling/ATS tools, machine senders.
 */

/**
 * Domains of scheduling tools and applicant-tracking systems that send on behalf of a
 * recruiter (to the candidate) or report a candidate's action (to the recruiter).
 */
export const SCHEDULING_TOOL_DOMAINS: readonly string[] = [
  "calendly.com",
  "goodtime.io",
  "greenhouse.io",
  "greenhouse-mail.io",
  "lever.co",
  "ashbyhq.com",
  "ashby.io",
  "prelude.co",
  "modernloop.io",
  "gem.com",
  "smartrecruiters.com",
  "workablemail.com",
  "workable.com",
  "myworkday.com",
  "icims.com",
  "jobvite.com",
  "teamtailor-mail.com",
  "teamtailor.com",
  "recruitee.com",
  "personio.de",
  "bamboohr.com",
  "rippling.com",
  "calendar-notification.google.com",
];

const MACHINE_LOCAL =
  /^(no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer-daemon|postmaster|bounces?|auto-?reply|calendar-notification)([+._-]|$)/;

/**
 * The domain part of an address (lower-case), or "" when there is none.
 *
 * @example
 * domainOf("Ana@Example.org") // "example.org"
 */
export function domainOf(address: string): string {
  const at = address.lastIndexOf("@");
  return at < 0 ? "" : address.slice(at + 1).toLowerCase();
}

function matchesDomain(domain: string, list: readonly string[]): boolean {
  for (const d of list) {
    if (domain === d || domain.endsWith(`.${d}`)) return true;
  }
  return false;
}

/** Memoising predicates for one audit run (addresses repeat a lot). */
export interface AddressBook {
  isOrg(address: string): boolean;
  isTool(address: string): boolean;
  /** A no-reply, notification, bounce or postmaster sender: never a person, never a candidate. */
  isMachine(address: string): boolean;
  /** External, not a tool, not a machine: could be a candidate. */
  isPerson(address: string): boolean;
  /** Neither the organisation nor a scheduling tool: mail to it leaves the organisation. */
  isOutside(address: string): boolean;
}

/**
 * Builds the address predicates for the organisation's domains (sub-domains included).
 *
 * @example
 * const book = addressBook(["acme.com"]);
 * book.isOrg("ana@eu.acme.com") // true
 */
export function addressBook(orgDomains: readonly string[]): AddressBook {
  const org = orgDomains.map((d) => d.toLowerCase());
  const orgCache = new Map<string, boolean>();
  const toolCache = new Map<string, boolean>();
  const machineCache = new Map<string, boolean>();
  const isOrg = (a: string): boolean => {
    let v = orgCache.get(a);
    if (v === undefined) {
      v = matchesDomain(domainOf(a), org);
      orgCache.set(a, v);
    }
    return v;
  };
  const isTool = (a: string): boolean => {
    let v = toolCache.get(a);
    if (v === undefined) {
      v = matchesDomain(domainOf(a), SCHEDULING_TOOL_DOMAINS);
      toolCache.set(a, v);
    }
    return v;
  };
  const isMachine = (a: string): boolean => {
    let v = machineCache.get(a);
    if (v === undefined) {
      const local = a.slice(0, Math.max(0, a.lastIndexOf("@"))).toLowerCase();
      v = MACHINE_LOCAL.test(local);
      machineCache.set(a, v);
    }
    return v;
  };
  return {
    isOrg,
    isTool,
    isMachine,
    isPerson: (a) => !isOrg(a) && !isTool(a) && !isMachine(a),
    isOutside: (a) => !isOrg(a) && !isTool(a),
  };
}

const ADDRESS_IN_TEXT = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/**
 * Addresses mentioned in free text (forward headers, bounce bodies), lower-cased, deduplicated.
 *
 * @example
 * addressesIn("From: Ana <ana@example.org>") // ["ana@example.org"]
 */
export function addressesIn(text: string): string[] {
  const found = text.match(ADDRESS_IN_TEXT);
  if (!found) return [];
  return [...new Set(found.map((a) => a.toLowerCase()))];
}
