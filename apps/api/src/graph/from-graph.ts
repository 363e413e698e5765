import type { TeamInput } from "@rolegraph/schema";
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

  return clean({
    version: 1,
    team: { id: teamNode.id, name: tp.name, description: tp.description, meta: json(tp.meta) },
    stages: byLabel("Stage").map((s) => ({
      id: s.id, name: s.props.name, question: s.props.question, output: target("Stage", s.id, "OUTPUT"), meta: json(s.props.meta),
    })),
    roles: byLabel("Role").map((r) => ({
      id: r.id, name: r.props.name, purpose: r.props.purpose, owner: r.props.owner,
      engagement: Object.fromEntries(relsOf("Role", r.id, "ENGAGED_IN").map((e) => [e.to.id, e.props.engagement])),
      consumes: relsOf("Role", r.id, "CONSUMES").map(flow),
      produces: relsOf("Role", r.id, "PRODUCES").map(flow),
      meta: json(r.props.meta),
    })),
    artifacts: byLabel("Artifact").map((a) => ({
      id: a.id, name: a.props.name, format: a.props.format, sourceOfTruth: a.props.sourceOfTruth,
      derivedFrom: targets("Artifact", a.id, "DERIVED_FROM"), external: a.props.external, meta: json(a.props.meta),
    })),
    agents: byLabel("Agent").map((g) => ({
      id: g.id, name: g.props.name, role: agentRole.get(g.id), inputs: targets("Agent", g.id, "READS"),
      outputs: targets("Agent", g.id, "WRITES"), process: g.props.process, oversight: g.props.oversight,
      access: g.props.access, blastRadius: g.props.blastRadius,
      delegation: g.props.mode === undefined ? undefined : {
        errorTolerance: g.props.errorTolerance, toolSpan: g.props.toolSpan, independence: g.props.independence,
        mode: g.props.mode, meta: json(g.props.delegationMeta),
      },
      guardrails: g.props.guardrails, serviceLevel: g.props.serviceLevel, auditTrail: g.props.auditTrail, meta: json(g.props.meta),
    })),
    workflows: byLabel("Workflow").map((w) => ({
      id: w.id, name: w.props.name, role: target("Workflow", w.id, "OF_ROLE"), stage: target("Workflow", w.id, "IN_STAGE"),
      trigger: w.props.trigger, handoff: target("Workflow", w.id, "HANDS_OFF"), meta: json(w.props.meta),
      steps: targets("Workflow", w.id, "HAS_STEP").map((stepId) => {
        const s = nodesById.get(nodeKey({ label: "Step", id: stepId }))?.props ?? {};
        return {
          name: s.name, does: s.does, reads: targets("Step", stepId, "READS"), writes: targets("Step", stepId, "WRITES"),
          agents: targets("Step", stepId, "USES"), meta: json(s.meta),
        };
      }),
    })),
    contracts: byLabel("Contract").map((c) => {
      const p = c.props;
      const children = (type: "REQUIRES" | "HAS_GATE", label: "Requirement" | "Gate") =>
        targets("Contract", c.id, type).map((id) => nodesById.get(nodeKey({ label, id }))?.props ?? {}).sort((a, b) => num(a.order) - num(b.order));
      return {
        id: c.id, name: p.name, from: target("Contract", c.id, "FROM"), to: target("Contract", c.id, "TO"),
        boundary: { from: target("Contract", c.id, "FROM_STAGE"), to: target("Contract", c.id, "TO_STAGE"), loop: p.loop, meta: json(p.boundaryMeta) },
        carries: targets("Contract", c.id, "CARRIES"),
        requires: children("REQUIRES", "Requirement").map((r) => ({ field: r.field, type: r.type, description: r.description, meta: json(r.meta) })),
        gates: children("HAS_GATE", "Gate").map((g) => ({ id: g.gateId, text: g.text, check: json(g.check), meta: json(g.meta) })),
        sla: p.hasSla ? { acknowledgeWithinHours: p.acknowledgeWithinHours, nextStageWithinHours: p.nextStageWithinHours, meta: json(p.slaMeta) } : undefined,
        meta: json(p.meta),
      };
    }),
    lint: json(tp.lint),
    meta: json(tp.teamMeta),
  }) as TeamInput;
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
