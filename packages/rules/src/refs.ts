import { parseQualified } from "@rolegraph/schema";
import type { TeamGraph } from "./graph.ts";

/** The team and id a qualified reference (`team/id`, @rolegraph/schema) names, or null for a plain id. */
export const parseRef = (ref: string): { team: string; id: string } | null => parseQualified(ref) ?? null;

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
