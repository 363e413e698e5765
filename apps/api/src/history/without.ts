import type { Team } from "@rolegraph/schema";
import type { ElementRef } from "./types.ts";

/**
 * The team without some elements and everything only they held together, pure: what
 * `Team.whatIf` diffs against the team as it is.
 * - a role takes its flows (they are part of it), its agents, its workflows and every contract
 *   it sends or receives;
 * - a stage takes the engagements in it, the workflows in it and the contracts across it;
 * - an artifact takes every flow of it, and leaves the lists that named it (agent inputs and
 *   outputs, carries, lineage, steps) and the stage whose output it was without it;
 * - an agent leaves the steps that used it; a contract leaves the workflows that ended in it.
 * What is left keeps every reference resolving, so the rules read it as a real team would be.
 * `missing` names the refs the team does not have (the caller decides if that is an error).
 */
export function withoutElements(team: Team, remove: readonly ElementRef[]): { team: Team; missing: ElementRef[] } {
  const present: Record<ElementRef["kind"], Set<string>> = {
    TEAM: new Set([team.team.id]), STAGE: ids(team.stages), ROLE: ids(team.roles), ARTIFACT: ids(team.artifacts),
    AGENT: ids(team.agents), WORKFLOW: ids(team.workflows), CONTRACT: ids(team.contracts),
  };
  const missing = remove.filter((r) => r.kind === "TEAM" || !present[r.kind].has(r.id));
  const gone = (kind: ElementRef["kind"]) => new Set(remove.filter((r) => r.kind === kind).map((r) => r.id));
  const stages = gone("STAGE");
  const roles = gone("ROLE");
  const artifacts = gone("ARTIFACT");
  // What goes with the roles and stages.
  const agents = new Set([...gone("AGENT"), ...team.agents.filter((g) => roles.has(g.role)).map((g) => g.id)]);
  const contracts = new Set([...gone("CONTRACT"), ...team.contracts
    .filter((k) => roles.has(k.from) || roles.has(k.to) || stages.has(k.boundary.from) || stages.has(k.boundary.to)).map((k) => k.id)]);
  const workflows = new Set([...gone("WORKFLOW"), ...team.workflows.filter((w) => roles.has(w.role) || stages.has(w.stage)).map((w) => w.id)]);
  const keepFlow = (f: { artifact: string; stage?: string | undefined }) => !artifacts.has(f.artifact) && !(f.stage && stages.has(f.stage));
  const keepArtifact = (a: string) => !artifacts.has(a);

  const result: Team = {
    ...team,
    stages: team.stages.filter((s) => !stages.has(s.id)).map((s) => (s.output && artifacts.has(s.output) ? dropKey(s, "output") : s)),
    roles: team.roles.filter((r) => !roles.has(r.id)).map((r) => ({
      ...r,
      engagement: Object.fromEntries(Object.entries(r.engagement).filter(([stage]) => !stages.has(stage))),
      consumes: r.consumes.filter(keepFlow),
      produces: r.produces.filter(keepFlow),
    })),
    artifacts: team.artifacts.filter((a) => !artifacts.has(a.id)).map((a) => ({ ...a, derivedFrom: a.derivedFrom.filter(keepArtifact) })),
    agents: team.agents.filter((g) => !agents.has(g.id)).map((g) => ({ ...g, inputs: g.inputs.filter(keepArtifact), outputs: g.outputs.filter(keepArtifact) })),
    workflows: team.workflows.filter((w) => !workflows.has(w.id)).map((w) => {
      const steps = w.steps.map((s) => ({ ...s, reads: s.reads.filter(keepArtifact), writes: s.writes.filter(keepArtifact), agents: s.agents.filter((g) => !agents.has(g)) }));
      return w.handoff && contracts.has(w.handoff) ? { ...dropKey(w, "handoff"), steps } : { ...w, steps };
    }),
    contracts: team.contracts.filter((k) => !contracts.has(k.id)).map((k) => ({ ...k, carries: k.carries.filter(keepArtifact) })),
  };
  return { team: result, missing };
}

const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));

function dropKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}
