import { DEFAULT_STAGES, isQualified, LintConfigSchema, type TeamInput } from "@rolegraph/schema";
import type { GraphFlow, GraphHandoff, TeamGraph } from "./graph.ts";
import { indexTeam } from "./indexes.ts";


/**
 * The graph a team document describes, pure: what `rolegraph lint FILE` checks without a
 * database, and what the API builds from the rows it reads. Takes the document as written
 * (defaults may be missing) or as parsed; handoffs are run-time records, not in the file.
 */
export function fromTeam(team: TeamInput, handoffs: GraphHandoff[] = []): TeamGraph {
  const flows: GraphFlow[] = team.roles.flatMap((r) => [
    ...(r.consumes ?? []).map((f) => ({ role: r.id, artifact: f.artifact, kind: "consumes" as const, stage: f.stage, cadence: f.cadence })),
    ...(r.produces ?? []).map((f) => ({ role: r.id, artifact: f.artifact, kind: "produces" as const, stage: f.stage, cadence: f.cadence })),
  ]);
  const lint = team.lint ? LintConfigSchema.safeParse(team.lint) : undefined;
  return indexTeam({
    team: { id: team.team.id, name: team.team.name },
    stages: (team.stages ?? DEFAULT_STAGES).map((s, order) => ({ id: s.id, name: s.name, order, output: s.output })),
    roles: team.roles.map((r) => ({ id: r.id, name: r.name, owner: r.owner, engagement: r.engagement ?? {} })),
    artifacts: team.artifacts.map((a) => ({ id: a.id, name: a.name, format: a.format, sourceOfTruth: a.sourceOfTruth, external: a.external ?? false, published: a.published ?? false })),
    flows,
    agents: (team.agents ?? []).map((g) => ({
      id: g.id, name: g.name, role: g.role, inputs: g.inputs ?? [], outputs: g.outputs ?? [], access: g.access ?? "read-only",
      blastRadius: g.blastRadius, oversight: g.oversight, guardrails: g.guardrails ?? [], serviceLevel: g.serviceLevel, auditTrail: g.auditTrail,
      delegation: g.delegation && { errorTolerance: g.delegation.errorTolerance, toolSpan: g.delegation.toolSpan, independence: g.delegation.independence, mode: g.delegation.mode },
    })),
    contracts: (team.contracts ?? []).map((k) => ({
      id: k.id, name: k.name, from: k.from, to: k.to, fromStage: k.boundary.from, toStage: k.boundary.to, loop: k.boundary.loop ?? false,
      carries: k.carries ?? [], requires: (k.requires ?? []).map((q) => q.field),
      gates: (k.gates ?? []).map((g) => ({ id: g.id, text: g.text, hasCheck: g.check !== undefined, checkField: g.check?.field })),
      acknowledgeWithinHours: k.sla?.acknowledgeWithinHours, nextStageWithinHours: k.sla?.nextStageWithinHours,
    })),
    workflows: (team.workflows ?? []).map((w) => ({ id: w.id, name: w.name, role: w.role, stage: w.stage, handoff: w.handoff })),
    handoffs,
    mentions: [
      ...(team.workflows ?? []).flatMap((w) => (w.steps ?? []).flatMap((s) => (s.reads ?? []).filter(isQualified).map((ref) => ({ ref, by: { kind: "workflow" as const, id: w.id } })))),
      ...team.artifacts.flatMap((a) => (a.derivedFrom ?? []).filter(isQualified).map((ref) => ({ ref, by: { kind: "artifact" as const, id: a.id } }))),
    ],
    ...(lint?.success ? { lint: lint.data } : {}),
  });
}
