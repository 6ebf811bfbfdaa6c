/**
 * Roles and what each may do. A principal is the authenticated caller (an Access user or an API
 * token) bound to one tenant; its scope limits which findings and candidates it sees.
 */
import { z } from "zod";

export const ROLES = ["hr_ops", "team_lead", "recruiter", "admin"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a route needs. */
export type Capability =
  /** Findings, candidates, timelines, overview and reports (limited by scope). */
  | "findings:read"
  /** Acknowledge / resolve findings (limited by scope). */
  | "findings:write"
  /** Sync health, alert log, dead letters. */
  | "ops:read"
  /** Settings (SLAs, business hours, holidays, mailboxes, alert routes). */
  | "settings:read"
  | "settings:write"
  /** API tokens and users. */
  | "access:admin";

const GRANTS: Record<Role, readonly Capability[]> = {
  hr_ops: ["findings:read", "findings:write", "ops:read"],
  team_lead: ["findings:read", "findings:write"],
  recruiter: ["findings:read", "findings:write"],
  admin: ["settings:read", "settings:write", "ops:read", "access:admin"],
};

/** Which findings a principal sees: the whole tenant, some teams, or the findings naming one person. */
export type Scope =
  | { kind: "tenant" }
  | { kind: "teams"; teams: string[] }
  | { kind: "person"; email: string };

export interface Principal {
  tenantId: string;
  /** `user:<email>` or `token:<id>`; recorded in finding history and the audit log. */
  actor: string;
  email: string | null;
  roles: Role[];
  teams: string[];
  via: "access" | "token" | "demo";
  /** API token id (rate limits, last use). */
  tokenId?: string;
}

/**
 * True when one of the principal's roles grants the capability.
 *
 * @example
 * can({ roles: ["team_lead"] } as Principal, "settings:write") // false
 */
export function can(p: Pick<Principal, "roles">, capability: Capability): boolean {
  return p.roles.some((r) => GRANTS[r].includes(capability));
}

/**
 * The widest finding scope the principal's roles give (hr_ops > team_lead > recruiter).
 *
 * @example
 * scopeOf({ roles: ["team_lead"], teams: ["sales"] } as Principal) // { kind: "teams", teams: ["sales"] }
 */
export function scopeOf(p: Pick<Principal, "roles" | "teams" | "email">): Scope {
  if (p.roles.includes("hr_ops")) return { kind: "tenant" };
  if (p.roles.includes("team_lead")) return { kind: "teams", teams: [...p.teams] };
  if (p.roles.includes("recruiter") && p.email) return { kind: "person", email: p.email };
  // Nobody: a team scope with no team matches nothing.
  return { kind: "teams", teams: [] };
}

/**
 * True when a finding (its team and people) is inside the scope.
 *
 * @example
 * inScope({ kind: "person", email: "jo@acme.com" }, { team: "eng", people: ["jo@acme.com"] }) // true
 */
export function inScope(scope: Scope, f: { team?: string | null; people: readonly string[] }): boolean {
  if (scope.kind === "tenant") return true;
  if (scope.kind === "teams") return f.team != null && scope.teams.includes(f.team);
  return f.people.map((x) => x.toLowerCase()).includes(scope.email.toLowerCase());
}
