import type { Team } from "@rolegraph/schema";
import type { TeamGraph } from "./graph.ts";

/**
 * What the composition map draws, from a team document instead of a read of Neo4j: the map
 * of a past version or of a what-if. Pure; the same shape db/composition.ts reads (no handoffs,
 * so no contract has a last result).
 */
export function compositionGraphOf(team: Team): TeamGraph {
  return {
    stages: team.stages.map((s, order) => ({ id: s.id, name: s.name, order, output: s.output ?? null })),
    roles: team.roles.map((r) => ({ id: r.id, name: r.name, engagement: { ...r.engagement } })),
    artifacts: team.artifacts.map((a) => ({ id: a.id, name: a.name, external: a.external, format: a.format ?? null, derivedFrom: a.derivedFrom })),
    agents: team.agents.map((g) => ({ id: g.id, name: g.name, role: g.role, access: g.access, mode: g.delegation?.mode ?? null, inputs: g.inputs, outputs: g.outputs })),
    contracts: team.contracts.map((k) => ({
      id: k.id, name: k.name ?? null, from: k.from, to: k.to, fromStage: k.boundary.from, toStage: k.boundary.to,
      carries: k.carries, gates: k.gates.length, checkable: k.gates.filter((g) => g.check !== undefined).length, lastPassed: null,
    })),
    flows: team.roles.flatMap((r) => [
      ...r.produces.map((f) => ({ kind: "produces" as const, role: r.id, artifact: f.artifact, cadence: f.cadence ?? null, stage: f.stage ?? null })),
      ...r.consumes.map((f) => ({ kind: "consumes" as const, role: r.id, artifact: f.artifact, cadence: f.cadence ?? null, stage: f.stage ?? null })),
    ]),
  };
}
