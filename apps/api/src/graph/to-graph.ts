import type { Team } from "@rolegraph/schema";
import { AGENT, ARTIFACT, CONTRACT, GATE, REQUIREMENT, ROLE, STAGE, STEP, TEAM, WORKFLOW } from "./entities/descriptors.ts";
import { nodeValues } from "./entities/fields.ts";
import { props, type GraphRows, type NodeRow, type RelRow, type EntityLabel, type RelType } from "./rows.ts";

/**
 * The graph rows of a validated team: every entity a node (its properties as its descriptor
 * says, entities/descriptors.ts), every reference a relationship.
 */
export function toGraph(team: Team): GraphRows {
  const nodes: NodeRow[] = [];
  const rels: RelRow[] = [];
  const node = (label: EntityLabel, id: string, values: Record<string, unknown>) =>
    nodes.push({ label, id, props: props({ ...values, id }) });
  const rel = (type: RelType, from: [EntityLabel, string], to: [EntityLabel, string], values: Record<string, unknown> = {}, key = "") =>
    rels.push({ type, from: { label: from[0], id: from[1] }, to: { label: to[0], id: to[1] }, key, props: props({ ...values, key }) });

  const t = team.team;
  node("Team", t.id, nodeValues(TEAM, team));

  team.stages.forEach((s, order) => {
    node("Stage", s.id, nodeValues(STAGE, s, { order }));
    if (s.output) rel("OUTPUT", ["Stage", s.id], ["Artifact", s.output]);
    const next = team.stages[order + 1];
    if (next) rel("NEXT", ["Stage", s.id], ["Stage", next.id]);
  });

  team.roles.forEach((r, index) => {
    node("Role", r.id, nodeValues(ROLE, r, { order: index }));
    Object.entries(r.engagement).forEach(([stage, engagement], order) =>
      rel("ENGAGED_IN", ["Role", r.id], ["Stage", stage], { engagement, order }));
    for (const [type, flows] of [["CONSUMES", r.consumes], ["PRODUCES", r.produces]] as const) {
      flows.forEach((f, order) =>
        rel(type, ["Role", r.id], ["Artifact", f.artifact], { cadence: f.cadence, stage: f.stage, order, meta: f.meta }, f.stage ?? ""));
    }
  });

  team.artifacts.forEach((a, index) => {
    node("Artifact", a.id, nodeValues(ARTIFACT, a, { order: index }));
    a.derivedFrom.forEach((d, order) => rel("DERIVED_FROM", ["Artifact", a.id], ["Artifact", d], { order }));
  });

  team.agents.forEach((g, index) => {
    node("Agent", g.id, nodeValues(AGENT, g, { order: index }));
    rel("OWNS", ["Role", g.role], ["Agent", g.id]);
    g.inputs.forEach((a, order) => rel("READS", ["Agent", g.id], ["Artifact", a], { order }));
    g.outputs.forEach((a, order) => rel("WRITES", ["Agent", g.id], ["Artifact", a], { order }));
  });

  team.workflows.forEach((w, index) => {
    node("Workflow", w.id, nodeValues(WORKFLOW, w, { order: index }));
    rel("OF_ROLE", ["Workflow", w.id], ["Role", w.role]);
    rel("IN_STAGE", ["Workflow", w.id], ["Stage", w.stage]);
    if (w.handoff) rel("HANDS_OFF", ["Workflow", w.id], ["Contract", w.handoff]);
    w.steps.forEach((s, order) => {
      const id = `${w.id}/${order}`;
      node("Step", id, nodeValues(STEP, s, { order }));
      rel("HAS_STEP", ["Workflow", w.id], ["Step", id], { order });
      s.reads.forEach((a, i) => rel("READS", ["Step", id], ["Artifact", a], { order: i }));
      s.writes.forEach((a, i) => rel("WRITES", ["Step", id], ["Artifact", a], { order: i }));
      s.agents.forEach((a, i) => rel("USES", ["Step", id], ["Agent", a], { order: i }));
    });
  });

  team.contracts.forEach((c, index) => {
    node("Contract", c.id, nodeValues(CONTRACT, c, { order: index, hasSla: c.sla !== undefined }));
    rel("FROM", ["Contract", c.id], ["Role", c.from]);
    rel("TO", ["Contract", c.id], ["Role", c.to]);
    rel("FROM_STAGE", ["Contract", c.id], ["Stage", c.boundary.from]);
    rel("TO_STAGE", ["Contract", c.id], ["Stage", c.boundary.to]);
    c.carries.forEach((a, order) => rel("CARRIES", ["Contract", c.id], ["Artifact", a], { order }));
    c.requires.forEach((r, order) => {
      const id = `${c.id}/${r.field}`;
      node("Requirement", id, nodeValues(REQUIREMENT, r, { order }));
      rel("REQUIRES", ["Contract", c.id], ["Requirement", id]);
    });
    c.gates.forEach((g, order) => {
      const id = `${c.id}/${g.id}`;
      node("Gate", id, nodeValues(GATE, g, { order, checkable: g.check !== undefined }));
      rel("HAS_GATE", ["Contract", c.id], ["Gate", id]);
    });
  });
  return { nodes, rels };
}
