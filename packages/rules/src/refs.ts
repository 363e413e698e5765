import type { TeamGraph } from "./graph.ts";

/** A qualified reference `team/id`: two slugs and a slash (integration.md). */
const QUALIFIED = /^([a-z][a-z0-9-]{0,62})\/([a-z][a-z0-9-]{0,62})$/;

export const isQualified = (ref: string) => QUALIFIED.test(ref);

/** The team and id a qualified reference names, or null for a plain id. */
export function parseRef(ref: string): { team: string; id: string } | null {
  const m = QUALIFIED.exec(ref);
  return m?.[1] && m[2] ? { team: m[1], id: m[2] } : null;
}

/** `id` as another team writes it: qualified unless it is that team's own. */
export const qualify = (team: string, id: string, from?: string) => (team === from ? id : `${team}/${id}`);

/** One place a team names something of another team. */
export interface Reference {
  ref: string;
  /** What the reference must name: a contract's `to` names a role, everything else an artifact. */
  kind: "artifact" | "role";
  by: { kind: "role" | "agent" | "contract" | "workflow" | "artifact"; id: string };
  /** The role accountable for it: the consuming role, the agent's owner, the contract's `from`. */
  role?: string;
  stage?: string;
}

/** Every qualified reference a team writes, in file order (roles' consumes, agents, contracts, then the rest). */
export function referencesOf(graph: TeamGraph): Reference[] {
  const { team } = graph;
  // A qualified reference to the team's own id is a validation error; here it is not "another team".
  const foreign = (ref: string) => {
    const parsed = parseRef(ref);
    return parsed !== null && parsed.team !== team.id;
  };
  return [
    ...graph.flows.filter((f) => f.kind === "consumes" && foreign(f.artifact)).map((f): Reference => ({
      ref: f.artifact, kind: "artifact", by: { kind: "role", id: f.role }, role: f.role, ...(f.stage ? { stage: f.stage } : {}),
    })),
    ...graph.agents.flatMap((g) => g.inputs.filter(foreign).map((ref): Reference => ({ ref, kind: "artifact", by: { kind: "agent", id: g.id }, role: g.role }))),
    ...graph.contracts.filter((k) => foreign(k.to)).map((k): Reference => ({ ref: k.to, kind: "role", by: { kind: "contract", id: k.id }, role: k.from })),
    ...(graph.mentions ?? []).filter((m) => foreign(m.ref)).map((m): Reference => ({ ref: m.ref, kind: "artifact", by: m.by })),
  ];
}
