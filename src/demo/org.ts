/**
 * The two demo organisations: who works there, their teams and open requisitions. One tenant
 * per provider, because a ghostwatch tenant reads one provider (the Worker binds the provider at
 * onboarding and every mailbox of the tenant uses it).
 */
import type { MailboxRole } from "../engine/model.ts";
import type { TenantSettingsInput } from "../engine/settings.ts";
import type { DemoPerson, DemoRequisition } from "./model.ts";
import { localPart } from "./names.ts";

export interface OrgBlueprint {
  id: string;
  name: string;
  provider: "microsoft" | "google";
  defaultDomain: string;
  timeZone: string;
  holidays: string[];
  people: { name: string; role: MailboxRole; team?: string }[];
  teams: { id: string; roles: string[]; recruiter: string; hiringManager: string; lead: string }[];
  /** The role whose candidates all go silent in one week (the planted `requisition_stall`). */
  stalledRole: string;
}

export const BLUEPRINTS: readonly OrgBlueprint[] = [
  {
    id: "fernhill",
    name: "Fernhill Labs",
    provider: "microsoft",
    defaultDomain: "fernhill.example",
    timeZone: "Europe/London",
    holidays: ["GB"],
    people: [
      { name: "Olivia Walker", role: "recruiter", team: "engineering" },
      { name: "Marcus Reid", role: "recruiter", team: "design" },
      { name: "Aisha Mensah", role: "recruiter", team: "sales" },
      { name: "Tom Hughes", role: "coordinator", team: "engineering" },
      { name: "Priya Shah", role: "hiring_manager", team: "engineering" },
      { name: "Daniel Foster", role: "hiring_manager", team: "design" },
      { name: "Grace Campbell", role: "hiring_manager", team: "sales" },
      { name: "Fernhill Careers", role: "service" },
    ],
    teams: [
      {
        id: "engineering",
        roles: ["Backend Engineer", "Platform Engineer"],
        recruiter: "Olivia Walker",
        hiringManager: "Priya Shah",
        lead: "Priya Shah",
      },
      {
        id: "design",
        roles: ["Product Designer", "UX Researcher"],
        recruiter: "Marcus Reid",
        hiringManager: "Daniel Foster",
        lead: "Daniel Foster",
      },
      {
        id: "sales",
        roles: ["Account Executive", "Solutions Consultant"],
        recruiter: "Aisha Mensah",
        hiringManager: "Grace Campbell",
        lead: "Grace Campbell",
      },
    ],
    stalledRole: "Platform Engineer",
  },
  {
    id: "brightwater",
    name: "Brightwater Health",
    provider: "google",
    defaultDomain: "brightwater.example",
    timeZone: "America/New_York",
    holidays: ["US"],
    people: [
      { name: "Camille Girard", role: "recruiter", team: "clinical" },
      { name: "Nathan Ellis", role: "recruiter", team: "operations" },
      { name: "Sofía Navarro", role: "coordinator", team: "clinical" },
      { name: "Ravi Patel", role: "hiring_manager", team: "clinical" },
      { name: "Hannah Brennan", role: "hiring_manager", team: "operations" },
      { name: "Brightwater Careers", role: "service" },
    ],
    teams: [
      {
        id: "clinical",
        roles: ["Clinical Data Analyst", "Research Nurse"],
        recruiter: "Camille Girard",
        hiringManager: "Ravi Patel",
        lead: "Ravi Patel",
      },
      {
        id: "operations",
        roles: ["Operations Coordinator", "Finance Analyst"],
        recruiter: "Nathan Ellis",
        hiringManager: "Hannah Brennan",
        lead: "Hannah Brennan",
      },
    ],
    stalledRole: "Research Nurse",
  },
];

/**
 * The people of an organisation at a mail domain.
 *
 * @example
 * peopleOf(BLUEPRINTS[0], "fernhill.example")[0].address // "olivia.walker@fernhill.example"
 */
export function peopleOf(bp: OrgBlueprint, domain: string): DemoPerson[] {
  return bp.people.map((p) => {
    const local = p.role === "service" ? "careers" : localPart(p.name);
    return {
      name: p.name,
      address: `${local}@${domain}`,
      mailboxId: local,
      role: p.role,
      ...(p.team ? { team: p.team } : {}),
    };
  });
}

/** Requisitions of an organisation (one per role). */
export function requisitionsOf(bp: OrgBlueprint, people: DemoPerson[]): DemoRequisition[] {
  const addr = (name: string) => people.find((p) => p.name === name)?.address ?? "";
  return bp.teams.flatMap((t) =>
    t.roles.map((title, i) => ({
      id: `${bp.id}-${t.id}-${i + 1}`,
      title,
      team: t.id,
      recruiter: addr(t.recruiter),
      hiringManager: addr(t.hiringManager),
    })),
  );
}

/** Tenant settings of an organisation (SPEC defaults, the org's zone, holidays and team leads). */
export function settingsOf(
  bp: OrgBlueprint,
  domain: string,
  people: DemoPerson[],
): TenantSettingsInput & {
  orgDomains: string[];
} {
  const addr = (name: string) => people.find((p) => p.name === name)?.address ?? "";
  return {
    orgDomains: [domain],
    timeZone: bp.timeZone,
    holidays: { countries: bp.holidays, dates: [] },
    teams: Object.fromEntries(bp.teams.map((t) => [t.id, { lead: addr(t.lead) }])),
  };
}
