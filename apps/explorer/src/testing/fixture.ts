import { toGraph, type Graph } from "../flow/graph.ts";

export const STAGES = [
  { id: "discover", name: "Discover" },
  { id: "decide", name: "Decide" },
  { id: "build", name: "Build" },
];

const node = (kind: string, id: string, stage: string | null, extra: object = {}) => ({ id: `${kind}:${id}`, kind, entityId: id, label: id, stage, data: {}, ...extra });

/**
 * A small team in the API's shape, with relationships stored the "wrong" way round on
 * purpose (consumes as role -> artifact, reads as agent -> artifact) so orientation
 * is exercised.
 */
export function fixture(): Graph {
  return toGraph({
    nodes: [
      node("role", "pm", "discover", { engagement: { discover: "lead", decide: "support" }, gaps: { error: 1, warning: 0, info: 0 } }),
      node("role", "architect", "decide", { engagement: { decide: "lead" } }),
      node("role", "engineer", "build"),
      node("artifact", "calls", null, { data: { external: true } }),
      node("artifact", "brief", "discover"),
      node("artifact", "pitch", "decide"),
      node("artifact", "design", "build"),
      node("agent", "shaper", null),
      node("contract", "pm-to-architect", "discover", { data: { gates: 2, checkable: 1, lastPassed: null, carries: ["brief"] } }),
    ],
    edges: [
      { id: "c1", kind: "consumes", source: "role:pm", target: "artifact:calls", cadence: "weekly", stage: "discover" },
      { id: "p1", kind: "produces", source: "role:pm", target: "artifact:brief", cadence: "per-cycle", stage: "discover" },
      { id: "c2", kind: "consumes", source: "role:architect", target: "artifact:brief", cadence: "per-cycle", stage: "decide" },
      { id: "d1", kind: "derived-from", source: "artifact:brief", target: "artifact:pitch" },
      { id: "d2", kind: "derived-from", source: "artifact:pitch", target: "artifact:design" },
      { id: "c3", kind: "consumes", source: "role:engineer", target: "artifact:design", cadence: "per-cycle", stage: "build" },
      { id: "o1", kind: "owns", source: "role:pm", target: "agent:shaper" },
      { id: "r1", kind: "reads", source: "agent:shaper", target: "artifact:brief" },
      { id: "w1", kind: "writes", source: "agent:shaper", target: "artifact:pitch" },
      { id: "h1", kind: "handoff", source: "role:pm", target: "contract:pm-to-architect", contract: { id: "pm-to-architect", gates: 2, checkable: 1, lastPassed: false } },
      { id: "h2", kind: "handoff", source: "contract:pm-to-architect", target: "role:architect", contract: { id: "pm-to-architect", gates: 2, checkable: 1, lastPassed: false } },
      { id: "bad", kind: "produces", source: "role:nobody", target: "artifact:brief" },
    ],
    totalNodes: 9,
    totalEdges: 12,
  });
}
