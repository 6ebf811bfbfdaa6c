/**
 * Comparing what an audit found with the demo's ground truth: type, candidate and anchor.
 */
import type { Finding } from "../engine/model.ts";
import type { PlantedFinding } from "./model.ts";

/** The comparable identity of a finding or a planted breakdown. */
export interface FindingIdentity {
  type: string;
  candidate: string;
  anchor: string;
}

export interface TruthComparison {
  /** Planted and found. */
  found: FindingIdentity[];
  /** Planted, not found (recall misses). */
  missed: FindingIdentity[];
  /** Found, not planted (precision misses). */
  unexpected: FindingIdentity[];
  recall: number;
  precision: number;
}

/** A stored or engine finding as an identity (requisition stalls name their first candidate's anchor). */
export function findingIdentity(f: {
  type: Finding["type"] | string;
  candidateAddress: string;
  anchorId: string;
}): FindingIdentity {
  return { type: f.type, candidate: f.candidateAddress.toLowerCase(), anchor: f.anchorId };
}

const keyOf = (x: FindingIdentity, withAnchor: boolean) =>
  `${x.type}|${x.candidate}${withAnchor ? `|${x.anchor}` : ""}`;

/**
 * Compares found findings with the planted ones.
 *
 * @example
 * const cmp = compareWithTruth(result.findings.map(findingIdentity), tenant.truth);
 * cmp.recall // 1
 */
export function compareWithTruth(
  found: readonly FindingIdentity[],
  truth: readonly PlantedFinding[],
  options: { anchors?: boolean } = {},
): TruthComparison {
  const withAnchor = options.anchors ?? true;
  const planted = truth.map((t) => ({
    type: t.type,
    candidate: t.candidate.toLowerCase(),
    anchor: t.anchor,
  }));
  const plantedKeys = new Map(planted.map((p) => [keyOf(p, withAnchor), p]));
  const foundKeys = new Map(found.map((f) => [keyOf(f, withAnchor), f]));
  const hit = [...plantedKeys.entries()].filter(([k]) => foundKeys.has(k)).map(([, v]) => v);
  const missed = [...plantedKeys.entries()].filter(([k]) => !foundKeys.has(k)).map(([, v]) => v);
  const unexpected = [...foundKeys.entries()].filter(([k]) => !plantedKeys.has(k)).map(([, v]) => v);
  return {
    found: hit,
    missed,
    unexpected,
    recall: plantedKeys.size ? hit.length / plantedKeys.size : 1,
    precision: foundKeys.size ? hit.length / foundKeys.size : 1,
  };
}
