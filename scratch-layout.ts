import { readFileSync } from "node:fs";
import { parseTeamDocument } from "@rolegraph/schema";
import { buildComposition } from "./apps/api/src/composition/build.ts";
import type { TeamGraph } from "./apps/api/src/composition/graph.ts";
import { toGraph } from "./apps/explorer/src/flow/graph.ts";
import { assignLanes } from "./apps/explorer/src/flow/lanes.ts";
import { layout } from "./apps/explorer/src/flow/layout.ts";
import { layoutQuality } from "./apps/explorer/src/flow/metrics.ts";
import { NODE_SIZE } from "./apps/explorer/src/flow/types.ts";

function teamGraph(file: string): TeamGraph {
  const r = parseTeamDocument(readFileSync(file, "utf8"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const t = r.team;
  return {
    stages: t.stages.map((s, i) => ({ id: s.id, name: s.name, order: i, output: s.output ?? null })),
    roles: t.roles.map((ro) => ({ id: ro.id, name: ro.name, engagement: ro.engagement as Record<string, string> })),
    artifacts: t.artifacts.map((a) => ({ id: a.id, name: a.name, external: a.external ?? false, format: a.format ?? null, derivedFrom: a.derivedFrom })),
    agents: t.agents.map((g) => ({ id: g.id, name: g.name, role: g.role, access: g.access, mode: g.mode ?? null, inputs: g.inputs, outputs: g.outputs })),
    contracts: t.contracts.map((c) => ({ id: c.id, name: c.name ?? null, from: c.from, to: c.to, fromStage: c.fromStage, toStage: c.toStage, carries: c.carries, gates: c.gates.length, checkable: 0, lastPassed: null })),
    flows: t.roles.flatMap((ro) => [
      ...ro.produces.map((f) => ({ kind: "produces" as const, role: ro.id, artifact: f.artifact, cadence: f.cadence ?? null, stage: f.stage ?? null })),
      ...ro.consumes.map((f) => ({ kind: "consumes" as const, role: ro.id, artifact: f.artifact, cadence: f.cadence ?? null, stage: f.stage ?? null })),
    ]),
  };
}

for (const file of ["seed/dpos-data-team.yaml", "seed/examples/startup-team.yaml", "seed/examples/platform-team.yaml"]) {
  const tg = teamGraph(file);
  const c = buildComposition(tg);
  const g = toGraph(c);
  const stages = tg.stages.map((s) => ({ id: s.id, name: s.name }));
  const lanes = assignLanes(g, stages);
  const nodes = g.nodes.map((n) => ({ id: n.id, lane: lanes.get(n.id) ?? "", ...NODE_SIZE[n.kind] }));
  const edges = g.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind }));
  const l = await layout(nodes, edges, stages, "LR");
  const placed = nodes.map((n) => ({ ...n, ...(l.positions.get(n.id) ?? { x: 0, y: 0 }) }));
  const q = layoutQuality(placed, edges);
  const w = Math.max(...placed.map((n) => n.x + n.width)), h = Math.max(...placed.map((n) => n.y + n.height));
  console.log(file, g.nodes.length, "nodes", g.edges.length, "edges", JSON.stringify(q), `size ${Math.round(w)}x${Math.round(h)}`);
}
