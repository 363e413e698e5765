import type { GraphAgent, GraphRole, TeamGraph } from "../graph.ts";
import { namer } from "../text.ts";

/** The agent's role, when it is in the team. */
export const ownerOf = (graph: TeamGraph, g: GraphAgent): GraphRole | undefined => graph.index.role.get(g.role);
/** The ids the agent rules hold accountable: its owning role, if any. */
export const ownerIds = (graph: TeamGraph, g: GraphAgent) => (graph.index.role.has(g.role) ? [g.role] : []);
/** " of Data PM", or nothing for an agent without a role. */
export const ofOwner = (graph: TeamGraph, g: GraphAgent) => {
  const role = ownerOf(graph, g);
  return role ? ` of ${namer(graph)(role)}` : "";
};
