import type { OrgGraph } from "./graph.ts";
import { distancesOf, roleFlows } from "./role-context.ts";
import { contractCoverage, round, seamKey, type Seam, type TeamBoundaryDebt } from "./translation-debt.ts";

const qualified = (team: string, id: string) => `${team}/${id}`;
const byText = new Intl.Collator().compare;

/**
 * The organisation's translation debt per team-to-team boundary (docs/gap-report.md,
 * "Translation debt"), priced exactly as inside a team: every flow of an artifact from a role
 * of one team (its producer, or the owner of an agent that writes it) to a role of another
 * (consuming it, or owning an agent that reads it) is a seam costing the boundaries its context
 * has crossed by then (the producer's distance from outside over the whole organisation, + 1)
 * times the share no check covers. The producing team's contract from the producer to
 * `team/role` carrying the artifact covers it as far as its gates are checked.
 *
 * Every pair of teams linked by such a flow is listed, a fully checked one at 0: the org map
 * draws an edge for each. Pure: reads only what buildOrg filled in.
 */
export function teamBoundaryDebt(org: OrgGraph): TeamBoundaryDebt[] {
  const pairs = new Map<string, TeamBoundaryDebt>();
  for (const [team, graph] of org.teams) {
    const consumersOf = graph.across?.consumersOf;
    if (!consumersOf || consumersOf.size === 0) continue;
    const producersOf = new Map<string, Set<string>>();
    for (const f of roleFlows(graph)) if (f.kind === "produces") producersOf.set(f.artifact, (producersOf.get(f.artifact) ?? new Set()).add(f.role));
    const coverage = contractCoverage(graph.contracts);
    const distances = distancesOf(graph);
    const seen = new Set<string>();
    for (const [artifact, consumers] of consumersOf) {
      for (const producer of producersOf.get(artifact) ?? []) {
        const boundaries = (distances.get(producer)?.distance ?? 0) + 1;
        for (const c of consumers) {
          const to = qualified(c.team, c.role);
          const key = seamKey(producer, to, artifact);
          // A role that consumes an artifact and has an agent reading it too crosses once.
          if (seen.has(key)) continue;
          seen.add(key);
          const covered = coverage.get(key);
          const uncovered = covered?.uncovered ?? 1;
          const seam: Seam = {
            from: qualified(team, producer), to, artifact: qualified(team, artifact), boundaries, uncovered: round(uncovered, 3),
            ...(covered ? { contract: covered.contract } : {}), debt: boundaries * uncovered,
          };
          const pairKey = `${team}\u0000${c.team}`;
          const pair = pairs.get(pairKey) ?? { from: team, to: c.team, debt: 0, seams: [] };
          pair.debt += seam.debt;
          pair.seams.push(seam);
          pairs.set(pairKey, pair);
        }
      }
    }
  }
  return [...pairs.values()]
    .map((p) => ({
      ...p, debt: round(p.debt, 2),
      seams: p.seams.map((s) => ({ ...s, debt: round(s.debt, 2) })).sort((a, b) => b.debt - a.debt || byText(a.artifact, b.artifact) || byText(a.to, b.to)),
    }))
    .sort((a, b) => b.debt - a.debt || byText(a.from, b.from) || byText(a.to, b.to));
}
