import type { Bundle } from "./bundle.ts";
import { artifactNodeId, qualified, roleNodeId } from "./model.ts";

/** How a lit node relates to the focused artifact: the team map's words for the same things. */
export type OrgRelation = "focus" | "producer" | "consumer" | "impacted" | "downstream";

export interface Ref {
  team: string;
  id: string;
  /** What the panel calls it; the id where the API gave no name. */
  name?: string;
}

/** The API's answer about one artifact (Artifact.producers, consumers, impactedRoles, downstream). */
export interface ImpactAnswer {
  focus: Ref;
  producers: readonly Ref[];
  consumers: readonly Ref[];
  impacted: readonly Ref[];
  downstream: readonly Ref[];
}

export interface OrgImpact {
  /** The focused artifact's node id. */
  focus: string;
  /** Lit role and artifact nodes, by node id. */
  relations: Map<string, OrgRelation>;
  /** Per team reached: how many of its roles and artifacts are lit. */
  teams: Map<string, { roles: number; artifacts: number }>;
  /** Names of the lit nodes, by node id, as the API gave them. */
  names: Map<string, string>;
  /** Bundles, and flows inside them (`flowId`), that carry the impact from team to team. */
  bundles: Set<string>;
  flows: Set<string>;
}

export const flowId = (artifact: Ref, consumer: Ref): string => `flow:${qualified(artifact.team, artifact.id)}>${qualified(consumer.team, consumer.id)}`;

/**
 * Which nodes, teams and cross-team edges a focused artifact lights up. Who is impacted is
 * the API's answer (the one definition of impact, @rolegraph/schema's); this only places it
 * on the org map: a cross-team flow is lit when it carries the focus or something derived
 * from it to a role the impact reaches.
 */
export function orgImpact(answer: ImpactAnswer, bundles: readonly Bundle[]): OrgImpact {
  const relations = new Map<string, OrgRelation>();
  const names = new Map<string, string>();
  const set = (id: string, relation: OrgRelation, name: string | undefined) => {
    if (!relations.has(id)) relations.set(id, relation);
    if (name !== undefined && !names.has(id)) names.set(id, name);
  };
  const focus = artifactNodeId(answer.focus.team, answer.focus.id);
  set(focus, "focus", answer.focus.name);
  for (const r of answer.producers) set(roleNodeId(r.team, r.id), "producer", r.name);
  for (const r of answer.consumers) set(roleNodeId(r.team, r.id), "consumer", r.name);
  for (const r of answer.impacted) set(roleNodeId(r.team, r.id), "impacted", r.name);
  for (const a of answer.downstream) set(artifactNodeId(a.team, a.id), "downstream", a.name);

  // What the impact reaches, per team: who makes the focus is not reached by it.
  const teams = new Map<string, { roles: number; artifacts: number }>();
  for (const [id, relation] of relations) {
    if (relation === "focus" || relation === "producer") continue;
    const team = id.slice(id.indexOf(":") + 1, id.indexOf("/"));
    const count = teams.get(team) ?? { roles: 0, artifacts: 0 };
    if (id.startsWith("role:")) count.roles += 1;
    else count.artifacts += 1;
    teams.set(team, count);
  }

  const carried = (team: string, id: string) => {
    const r = relations.get(artifactNodeId(team, id));
    return r === "focus" || r === "downstream";
  };
  const reached = (team: string, id: string) => {
    const r = relations.get(roleNodeId(team, id));
    return r === "consumer" || r === "impacted";
  };
  const litBundles = new Set<string>();
  const flows = new Set<string>();
  for (const b of bundles) {
    for (const f of b.flows) {
      if (!carried(f.artifact.team, f.artifact.id) || !reached(f.consumer.team, f.consumer.id)) continue;
      litBundles.add(b.id);
      flows.add(flowId(f.artifact, f.consumer));
    }
  }
  return { focus, relations, names, teams, bundles: litBundles, flows };
}

/** `artifact:TEAM/ID` back to its parts; undefined for anything else (a role, a team-map id). */
export function parseArtifactFocus(focus: string | null): Ref | undefined {
  if (focus === null || !focus.startsWith("artifact:")) return undefined;
  const rest = focus.slice("artifact:".length);
  const slash = rest.indexOf("/");
  if (slash <= 0 || slash === rest.length - 1 || rest.indexOf("/", slash + 1) !== -1) return undefined;
  return { team: rest.slice(0, slash), id: rest.slice(slash + 1) };
}
