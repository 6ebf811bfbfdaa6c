/**
 * Turns validated API / dashboard filters into the storage layer's finding query.
 */
import type { FindingQuery } from "../storage/dashboard-queries.ts";
import type { FindingsFilter } from "./schemas.ts";

const DAY_MS = 86_400_000;

/**
 * The storage query of a filter: dates become instants (`to` = the end of that day).
 *
 * @example
 * toFindingQuery({ from: "2026-03-01", to: "2026-03-07" }) // { from: "2026-03-01T00:00:00.000Z", to: "2026-03-08T00:00:00.000Z" }
 */
export function toFindingQuery(f: FindingsFilter): FindingQuery {
  const q: FindingQuery = {};
  if (f.team) q.team = f.team;
  if (f.recruiter) q.recruiter = f.recruiter.trim().toLowerCase();
  if (f.role) q.role = f.role;
  if (f.type) q.type = f.type;
  if (f.severity) q.severity = f.severity;
  if (f.status) q.status = f.status;
  if (f.candidate) q.candidateId = f.candidate;
  if (f.from) q.from = new Date(f.from.length === 10 ? `${f.from}T00:00:00Z` : f.from).toISOString();
  if (f.to) {
    q.to =
      f.to.length === 10
        ? new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY_MS).toISOString()
        : new Date(f.to).toISOString();
  }
  return q;
}
