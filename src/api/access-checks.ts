/**
 * Scope checks shared by the API and the dashboard: may this principal see a candidate or a
 * report?
 */
import type { Principal } from "../auth/roles.ts";
import { scopeOf } from "../auth/roles.ts";
import { findingsPage } from "../storage/dashboard-queries.ts";

/**
 * True when the candidate is visible: the whole tenant, a team lead's team, or a finding of the
 * candidate inside the principal's scope.
 *
 * @example
 * if (!(await candidateVisible(env.DB, principal, "c-ann", "engineering"))) return c.notFound();
 */
export async function candidateVisible(
  db: D1Database,
  p: Principal,
  candidateId: string,
  candidateTeam: string | null,
): Promise<boolean> {
  const scope = scopeOf(p);
  if (scope.kind === "tenant") return true;
  if (scope.kind === "teams" && candidateTeam && scope.teams.includes(candidateTeam)) return true;
  const page = await findingsPage(db, p.tenantId, scope, { candidateId }, null, 1);
  return page.findings.length > 0;
}

/**
 * True when an archived report is visible: HR ops see all, team leads their teams' reports.
 *
 * @example
 * reportVisible(principal, { team: "sales" })
 */
export function reportVisible(p: Principal, report: { team: string | null }): boolean {
  const scope = scopeOf(p);
  if (scope.kind === "tenant") return true;
  if (scope.kind === "teams") return report.team !== null && scope.teams.includes(report.team);
  return false;
}
