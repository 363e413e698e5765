import type { TeamInput } from "@rolegraph/schema";
import type { EntityDescriptor } from "./entities/descriptor.ts";
import { AGENT, ARTIFACT, CONTRACT, GATE, REQUIREMENT, ROLE, STAGE, STEP, TEAM, WORKFLOW } from "./entities/descriptors.ts";
import { docValues, orderedLike } from "./entities/fields.ts";
import { nodeKey, type GraphRows, type NodeRow, type Props, type RelRow } from "./rows.ts";

type Doc = Record<string, unknown>;

/** The team document a set of graph rows describes: the inverse of toGraph. */
export function fromGraph(rows: GraphRows): TeamInput {
  const byLabel = (label: NodeRow["label"]) =>
    rows.nodes.filter((n) => n.label === label).sort((a, b) => num(a.props.order) - num(b.props.order) || a.id.localeCompare(b.id));
  const out = new Map<string, RelRow[]>();
  for (const r of rows.rels) {
    const list = out.get(nodeKey(r.from)) ?? [];
    list.push(r);
    out.set(nodeKey(r.from), list);
  }
  const relsOf = (label: NodeRow["label"], id: string, type: RelRow["type"]) =>
    (out.get(nodeKey({ label, id })) ?? []).filter((r) => r.type === type).sort((a, b) => num(a.props.order) - num(b.props.order));
  const target = (label: NodeRow["label"], id: string, type: RelRow["type"]) => relsOf(label, id, type)[0]?.to.id;
  const targets = (label: NodeRow["label"], id: string, type: RelRow["type"]) => relsOf(label, id, type).map((r) => r.to.id);

  const teamNode = byLabel("Team")[0];
  if (!teamNode) throw new Error("no Team node in the graph rows");
  const tp = teamNode.props;
  const nodesById = new Map(rows.nodes.map((n) => [nodeKey(n), n]));
  const agentRole = new Map(rows.rels.filter((r) => r.type === "OWNS").map((r) => [r.to.id, r.from.id]));

  // Each entity: its scalars as its descriptor maps them back, its references from its
  // relationships, in the order its zod model lists fields (how the exported YAML reads).
  const entity = (d: EntityDescriptor, node: NodeRow, references: Doc): Doc => orderedLike(d.schema, { ...docValues(d, node.props), ...references });
  const team = docValues(TEAM, tp);
  return clean(orderedLike(TEAM.schema, {
    version: 1,
    ...team,
    team: { id: teamNode.id, ...(team.team as Doc | undefined) },
    stages: byLabel("Stage").map((s) => entity(STAGE, s, { id: s.id, output: target("Stage", s.id, "OUTPUT") })),
    roles: byLabel("Role").map((r) => entity(ROLE, r, {
      id: r.id,
      engagement: Object.fromEntries(relsOf("Role", r.id, "ENGAGED_IN").map((e) => [e.to.id, e.props.engagement])),
      consumes: relsOf("Role", r.id, "CONSUMES").map(flow),
      produces: relsOf("Role", r.id, "PRODUCES").map(flow),
    })),
    artifacts: byLabel("Artifact").map((a) => entity(ARTIFACT, a, { id: a.id, derivedFrom: targets("Artifact", a.id, "DERIVED_FROM") })),
    agents: byLabel("Agent").map((g) => entity(AGENT, g, {
      id: g.id, role: agentRole.get(g.id), inputs: targets("Agent", g.id, "READS"), outputs: targets("Agent", g.id, "WRITES"),
    })),
    workflows: byLabel("Workflow").map((w) => entity(WORKFLOW, w, {
      id: w.id, role: target("Workflow", w.id, "OF_ROLE"), stage: target("Workflow", w.id, "IN_STAGE"), handoff: target("Workflow", w.id, "HANDS_OFF"),
      steps: targets("Workflow", w.id, "HAS_STEP").map((stepId) => {
        const step = nodesById.get(nodeKey({ label: "Step", id: stepId })) ?? { label: "Step", id: stepId, props: {} };
        return entity(STEP, step, { reads: targets("Step", stepId, "READS"), writes: targets("Step", stepId, "WRITES"), agents: targets("Step", stepId, "USES") });
      }),
    })),
    contracts: byLabel("Contract").map((c) => {
      const children = (type: "REQUIRES" | "HAS_GATE", label: "Requirement" | "Gate") =>
        targets("Contract", c.id, type).flatMap((id) => nodesById.get(nodeKey({ label, id })) ?? []).sort((a, b) => num(a.props.order) - num(b.props.order));
      const scalars = docValues(CONTRACT, c.props);
      return entity(CONTRACT, c, {
        id: c.id, from: target("Contract", c.id, "FROM"), to: target("Contract", c.id, "TO"),
        boundary: { from: target("Contract", c.id, "FROM_STAGE"), to: target("Contract", c.id, "TO_STAGE"), ...(scalars.boundary as Doc | undefined) },
        carries: targets("Contract", c.id, "CARRIES"),
        requires: children("REQUIRES", "Requirement").map((r) => entity(REQUIREMENT, r, {})),
        gates: children("HAS_GATE", "Gate").map((g) => entity(GATE, g, {})),
      });
    }),
  })) as TeamInput;
}

function flow(r: RelRow): Doc {
  return { artifact: r.to.id, cadence: r.props.cadence, stage: r.props.stage, meta: json(r.props.meta) };
}

function json(value: Props[string] | undefined): unknown {
  return typeof value === "string" ? JSON.parse(value) : undefined;
}

function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

/** Drops undefined keys so the exported YAML has no `key: null` noise. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, clean(v)]));
  }
  return value;
}
