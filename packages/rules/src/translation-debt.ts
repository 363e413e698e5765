import type { TeamGraph } from "./graph.ts";
import { distancesOf, roleFlows } from "./role-context.ts";

/** One flow across a seam: a role giving an artifact to another role. */
export interface Seam {
  from: string;
  to: string;
  artifact: string;
  /** Which boundary this crossing is for the context it carries: the producer's distance from outside + 1. */
  boundaries: number;
  /** The share of the crossing no check covers: 1 without a contract, else the share of its gates without a check. */
  uncovered: number;
  /** The contract that covers it best, if any. */
  contract?: string;
  /** boundaries * uncovered. */
  debt: number;
}

/** The seams between two roles, summed. */
export interface BoundaryDebt {
  from: string;
  to: string;
  debt: number;
  seams: Seam[];
}

export interface TranslationDebt {
  /** The sum of every seam's debt, to one decimal. */
  total: number;
  /** Role-to-role flows, and how many of them no checkable contract covers at all. */
  seams: number;
  uncovered: number;
  /** Per pair of roles, the highest debt first; pairs with no debt are left out. */
  boundaries: BoundaryDebt[];
  /**
   * The organisation's report only: per pair of teams linked by cross-team flows (producing
   * team, consuming team), the seams crossing from one to the other, every linked pair even at
   * 0 (team-boundaries.ts). Their debt is in `total`, `seams` and `uncovered` too.
   */
  teamBoundaries?: TeamBoundaryDebt[];
}

/** The seams from one team to another: `from` and `to` are team ids, the seams' roles and artifacts `team/id`. */
export type TeamBoundaryDebt = BoundaryDebt;

export const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
/** The order localeCompare gives, from one collator: localeCompare per call was most of the sorting time. */
const byText = new Intl.Collator().compare;

/** The key of one crossing: producer, consumer (as a contract's `to` writes it), artifact. */
export const seamKey = (from: string, to: string, artifact: string) => `${from}\u0000${to}\u0000${artifact}`;

/**
 * What each contract covers of each crossing it carries, by seamKey: the best (least
 * uncovered) contract wins. No gates cover nothing; a preference gate (no check) leaves its
 * share of the meaning uncovered.
 */
export function contractCoverage(contracts: TeamGraph["contracts"]): Map<string, { contract: string; uncovered: number }> {
  const coverage = new Map<string, { contract: string; uncovered: number }>();
  for (const k of contracts) {
    const uncovered = k.gates.length === 0 ? 1 : k.gates.filter((g) => !g.hasCheck).length / k.gates.length;
    for (const a of k.carries) {
      const key = seamKey(k.from, k.to, a);
      const best = coverage.get(key);
      if (!best || uncovered < best.uncovered) coverage.set(key, { contract: k.id, uncovered });
    }
  }
  return coverage;
}

/**
 * Winter-Tear's AI Translation Debt, priced (docs/gap-report.md, "Translation debt"): every
 * flow of an artifact from one role to another (own flows and agents' inputs and outputs)
 * costs the boundaries its context has crossed by then, times the share of the crossing that no
 * check covers. A checked contract from the producer to the consumer carrying the artifact
 * covers it as far as its gates are constraints; a preference gate leaves that share of the
 * meaning to be repaired by hand. A producer that no outside context reaches counts as 0
 * boundaries from outside: the seam still costs its one crossing.
 */
export function translationDebt(graph: TeamGraph): TranslationDebt {
  const flows = roleFlows(graph);
  const distances = distancesOf(graph);
  const consumersOf = new Map<string, Set<string>>();
  for (const f of flows) if (f.kind === "consumes") consumersOf.set(f.artifact, (consumersOf.get(f.artifact) ?? new Set()).add(f.role));
  const coverage = contractCoverage(graph.contracts);
  const seams = new Map<string, Seam>();
  for (const f of flows) {
    if (f.kind !== "produces") continue;
    for (const to of consumersOf.get(f.artifact) ?? []) {
      const key = seamKey(f.role, to, f.artifact);
      if (to === f.role || seams.has(key)) continue;
      const boundaries = (distances.get(f.role)?.distance ?? 0) + 1;
      const covered = coverage.get(key);
      const uncovered = covered?.uncovered ?? 1;
      seams.set(key, { from: f.role, to, artifact: f.artifact, boundaries, uncovered: round(uncovered, 3), ...(covered ? { contract: covered.contract } : {}), debt: boundaries * uncovered });
    }
  }
  const pairs = new Map<string, BoundaryDebt>();
  for (const s of seams.values()) {
    const key = `${s.from}\u0000${s.to}`;
    const pair = pairs.get(key) ?? { from: s.from, to: s.to, debt: 0, seams: [] };
    pair.debt += s.debt;
    pair.seams.push(s);
    pairs.set(key, pair);
  }
  const all = [...seams.values()];
  return {
    total: round(all.reduce((sum, s) => sum + s.debt, 0), 1),
    seams: all.length,
    uncovered: all.filter((s) => s.uncovered === 1).length,
    boundaries: [...pairs.values()]
      .filter((p) => p.debt > 0)
      .map((p) => ({ ...p, debt: round(p.debt, 2), seams: p.seams.map((s) => ({ ...s, debt: round(s.debt, 2) })).sort((a, b) => b.debt - a.debt || byText(a.artifact, b.artifact)) }))
      .sort((a, b) => b.debt - a.debt || byText(a.from, b.from) || byText(a.to, b.to)),
  };
}
