import type { Team } from "@rolegraph/schema";
import { props, type GraphRows, type NodeRow, type RelRow, type EntityLabel, type RelType } from "./rows.ts";

/** The graph rows of a validated team: every entity a node, every reference a relationship. */
export function toGraph(team: Team): GraphRows {
  const nodes: NodeRow[] = [];
  const rels: RelRow[] = [];
  const node = (label: EntityLabel, id: string, values: Record<string, unknown>) =>
    nodes.push({ label, id, props: props({ ...values, id }) });
  const rel = (type: RelType, from: [EntityLabel, string], to: [EntityLabel, string], values: Record<string, unknown> = {}, key = "") =>
    rels.push({ type, from: { label: from[0], id: from[1] }, to: { label: to[0], id: to[1] }, key, props: props({ ...values, key }) });

  const t = team.team;
  node("Team", t.id, { name: t.name, description: t.description, meta: t.meta, lint: team.lint, teamMeta: team.meta, version: team.version });

  team.stages.forEach((s, order) => {
    node("Stage", s.id, { name: s.name, question: s.question, order, meta: s.meta });
    if (s.output) rel("OUTPUT", ["Stage", s.id], ["Artifact", s.output]);
    const next = team.stages[order + 1];
    if (next) rel("NEXT", ["Stage", s.id], ["Stage", next.id]);
  });

  team.roles.forEach((r, index) => {
    node("Role", r.id, { name: r.name, purpose: r.purpose, owner: r.owner, order: index, meta: r.meta });
    Object.entries(r.engagement).forEach(([stage, engagement], order) =>
      rel("ENGAGED_IN", ["Role", r.id], ["Stage", stage], { engagement, order }));
    for (const [type, flows] of [["CONSUMES", r.consumes], ["PRODUCES", r.produces]] as const) {
      flows.forEach((f, order) =>
        rel(type, ["Role", r.id], ["Artifact", f.artifact], { cadence: f.cadence, stage: f.stage, order, meta: f.meta }, f.stage ?? ""));
    }
  });

  team.artifacts.forEach((a, index) => {
    node("Artifact", a.id, { name: a.name, format: a.format, sourceOfTruth: a.sourceOfTruth, external: a.external, order: index, meta: a.meta });
    a.derivedFrom.forEach((d, order) => rel("DERIVED_FROM", ["Artifact", a.id], ["Artifact", d], { order }));
  });

  team.agents.forEach((g, index) => {
    const d = g.delegation;
    node("Agent", g.id, {
      name: g.name, order: index, process: g.process, oversight: g.oversight, access: g.access, blastRadius: g.blastRadius,
      errorTolerance: d?.errorTolerance, toolSpan: d?.toolSpan, independence: d?.independence, mode: d?.mode,
      delegationMeta: d?.meta, guardrails: g.guardrails, serviceLevel: g.serviceLevel, auditTrail: g.auditTrail, meta: g.meta,
    });
    rel("OWNS", ["Role", g.role], ["Agent", g.id]);
    g.inputs.forEach((a, order) => rel("READS", ["Agent", g.id], ["Artifact", a], { order }));
    g.outputs.forEach((a, order) => rel("WRITES", ["Agent", g.id], ["Artifact", a], { order }));
  });

  team.workflows.forEach((w, index) => {
    node("Workflow", w.id, { name: w.name, trigger: w.trigger, order: index, meta: w.meta });
    rel("OF_ROLE", ["Workflow", w.id], ["Role", w.role]);
    rel("IN_STAGE", ["Workflow", w.id], ["Stage", w.stage]);
    if (w.handoff) rel("HANDS_OFF", ["Workflow", w.id], ["Contract", w.handoff]);
    w.steps.forEach((s, order) => {
      const id = `${w.id}/${order}`;
      node("Step", id, { name: s.name, does: s.does, order, meta: s.meta });
      rel("HAS_STEP", ["Workflow", w.id], ["Step", id], { order });
      s.reads.forEach((a, i) => rel("READS", ["Step", id], ["Artifact", a], { order: i }));
      s.writes.forEach((a, i) => rel("WRITES", ["Step", id], ["Artifact", a], { order: i }));
      s.agents.forEach((a, i) => rel("USES", ["Step", id], ["Agent", a], { order: i }));
    });
  });

  team.contracts.forEach((c, index) => {
    node("Contract", c.id, {
      name: c.name, order: index, loop: c.boundary.loop, boundaryMeta: c.boundary.meta, meta: c.meta,
      acknowledgeWithinHours: c.sla?.acknowledgeWithinHours, nextStageWithinHours: c.sla?.nextStageWithinHours,
      hasSla: c.sla !== undefined, slaMeta: c.sla?.meta,
    });
    rel("FROM", ["Contract", c.id], ["Role", c.from]);
    rel("TO", ["Contract", c.id], ["Role", c.to]);
    rel("FROM_STAGE", ["Contract", c.id], ["Stage", c.boundary.from]);
    rel("TO_STAGE", ["Contract", c.id], ["Stage", c.boundary.to]);
    c.carries.forEach((a, order) => rel("CARRIES", ["Contract", c.id], ["Artifact", a], { order }));
    c.requires.forEach((r, order) => {
      const id = `${c.id}/${r.field}`;
      node("Requirement", id, { field: r.field, type: r.type, description: r.description, order, meta: r.meta });
      rel("REQUIRES", ["Contract", c.id], ["Requirement", id]);
    });
    c.gates.forEach((g, order) => {
      const id = `${c.id}/${g.id}`;
      node("Gate", id, { gateId: g.id, text: g.text, check: g.check, checkable: g.check !== undefined, order, meta: g.meta });
      rel("HAS_GATE", ["Contract", c.id], ["Gate", id]);
    });
  });
  return { nodes, rels };
}
