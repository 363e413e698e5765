import type { GraphContract, TeamGraph } from "./graph.ts";
import { namer } from "./text.ts";

/** The ends of a contract as the contract rules describe it; a role not in the team is null. */
export interface ContractEnds {
  fromRole: { id: string; name: string } | null;
  toRole: { id: string; name: string } | null;
  fromStage: string | null;
  toStage: string | null;
}

export function endsOf(graph: TeamGraph, k: GraphContract): ContractEnds {
  const { role, stage } = graph.index;
  return {
    fromRole: role.get(k.from) ?? null,
    toRole: role.get(k.to) ?? null,
    fromStage: stage.has(k.fromStage) ? k.fromStage : null,
    toStage: stage.has(k.toStage) ? k.toStage : null,
  };
}

/** "from Designer to Engineer"; tolerates a contract whose role is missing. */
export const between = (graph: TeamGraph, c: ContractEnds) => {
  const named = namer(graph);
  return `from ${c.fromRole ? named(c.fromRole) : "?"} to ${c.toRole ? named(c.toRole) : "?"}`;
};
/** [from, to], in the direction of the handoff. */
export const endRoles = (c: ContractEnds) => [c.fromRole?.id, c.toRole?.id].filter((x): x is string => typeof x === "string");
export const endStages = (c: ContractEnds) => [c.fromStage, c.toStage].filter((x): x is string => typeof x === "string");
