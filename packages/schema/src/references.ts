import { CHECK_KINDS, checkKindsOf, type Contract } from "./contract.ts";
import { closest } from "./closest.ts";
import { parseQualified } from "./qualified.ts";
import type { z } from "zod";
import type { TeamShapeSchema } from "./team.ts";

type Shape = z.output<typeof TeamShapeSchema>;
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Cross-field rules zod's shape cannot express: unique ids per kind, every reference
 * resolving (naming the closest existing id), gate checks on fields of the right type,
 * contract boundaries in lifecycle order, and no cycles in lineage. A qualified reference
 * `TEAM/ID` to another team is checked for form only (the other team may not be in the graph
 * yet); one to this team is an error, since the plain id says the same thing unambiguously.
 */
export function validateReferences(team: Shape): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = {
    stage: uniqueIds(team.stages, "stages", "stage", issues),
    role: uniqueIds(team.roles, "roles", "role", issues),
    artifact: uniqueIds(team.artifacts, "artifacts", "artifact", issues),
    agent: uniqueIds(team.agents, "agents", "agent", issues),
    workflow: uniqueIds(team.workflows, "workflows", "workflow", issues),
    contract: uniqueIds(team.contracts, "contracts", "contract", issues),
  };
  const ref = (kind: keyof typeof ids, id: string, path: (string | number)[]) => {
    if (ids[kind].has(id)) return;
    const qualified = parseQualified(id);
    if (qualified) {
      if (qualified.team === team.team.id) {
        issues.push({ path, message: `'${id}' names this team ('${qualified.team}'); a reference to the team's own ${kind} uses the plain id '${qualified.id}'` });
        ref(kind, qualified.id, path);
      }
      return;
    }
    if (id.includes("/")) return; // a malformed qualified reference: its form error is enough
    const near = closest(id, [...ids[kind].keys()]);
    issues.push({ path, message: `unknown ${kind} '${id}'${near ? ` (did you mean '${near}'?)` : ""}` });
  };

  team.stages.forEach((s, i) => s.output !== undefined && ref("artifact", s.output, ["stages", i, "output"]));
  team.roles.forEach((role, i) => {
    for (const stage of Object.keys(role.engagement)) ref("stage", stage, ["roles", i, "engagement", stage]);
    for (const key of ["consumes", "produces"] as const) {
      role[key].forEach((flow, j) => {
        ref("artifact", flow.artifact, ["roles", i, key, j, "artifact"]);
        if (flow.stage !== undefined) ref("stage", flow.stage, ["roles", i, key, j, "stage"]);
      });
    }
  });
  team.artifacts.forEach((a, i) => a.derivedFrom.forEach((d, j) => ref("artifact", d, ["artifacts", i, "derivedFrom", j])));
  team.agents.forEach((agent, i) => {
    ref("role", agent.role, ["agents", i, "role"]);
    agent.inputs.forEach((a, j) => ref("artifact", a, ["agents", i, "inputs", j]));
    agent.outputs.forEach((a, j) => ref("artifact", a, ["agents", i, "outputs", j]));
  });
  team.workflows.forEach((wf, i) => {
    ref("role", wf.role, ["workflows", i, "role"]);
    ref("stage", wf.stage, ["workflows", i, "stage"]);
    if (wf.handoff !== undefined) ref("contract", wf.handoff, ["workflows", i, "handoff"]);
    wf.steps.forEach((step, j) => {
      step.reads.forEach((a, k) => ref("artifact", a, ["workflows", i, "steps", j, "reads", k]));
      step.writes.forEach((a, k) => ref("artifact", a, ["workflows", i, "steps", j, "writes", k]));
      step.agents.forEach((a, k) => ref("agent", a, ["workflows", i, "steps", j, "agents", k]));
    });
  });
  team.contracts.forEach((c, i) => {
    ref("role", c.from, ["contracts", i, "from"]);
    ref("role", c.to, ["contracts", i, "to"]);
    ref("stage", c.boundary.from, ["contracts", i, "boundary", "from"]);
    ref("stage", c.boundary.to, ["contracts", i, "boundary", "to"]);
    c.carries.forEach((a, j) => ref("artifact", a, ["contracts", i, "carries", j]));
    const from = ids.stage.get(c.boundary.from);
    const to = ids.stage.get(c.boundary.to);
    if (from !== undefined && to !== undefined && from >= to && !c.boundary.loop) {
      issues.push({
        path: ["contracts", i, "boundary"],
        message: `stage '${c.boundary.to}' does not come after '${c.boundary.from}' (set loop: true for a feedback loop)`,
      });
    }
    issues.push(...contractFieldIssues(c, i));
  });
  issues.push(...repeatedReferences(team));
  issues.push(...lineageCycles(team));
  return issues;
}

/**
 * Each reference list names a target once, and a role has one flow per artifact and stage:
 * the graph keeps one relationship per pair, so a repeat would be dropped on import and the
 * export would no longer say what the document said.
 */
function repeatedReferences(team: Shape): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const check = (keys: string[], at: (string | number)[], describe: (key: string) => string) => {
    const first = new Map<string, number>();
    keys.forEach((key, j) => {
      const seen = first.get(key);
      if (seen === undefined) first.set(key, j);
      else issues.push({ path: [...at, j], message: `${describe(key)} is listed twice (first at ${String(at.at(-1))}[${seen}])` });
    });
  };
  team.roles.forEach((role, i) => {
    for (const key of ["consumes", "produces"] as const) {
      check(role[key].map((f) => `${f.artifact}\u0000${f.stage ?? ""}`), ["roles", i, key], (k) => {
        const [artifact, stage] = k.split("\u0000");
        return `artifact '${artifact}'${stage ? ` in stage '${stage}'` : " with no stage"}`;
      });
    }
  });
  const ids = (list: string[], at: (string | number)[], kind: string) => check(list, at, (id) => `${kind} '${id}'`);
  team.artifacts.forEach((a, i) => ids(a.derivedFrom, ["artifacts", i, "derivedFrom"], "artifact"));
  team.agents.forEach((agent, i) => {
    ids(agent.inputs, ["agents", i, "inputs"], "artifact");
    ids(agent.outputs, ["agents", i, "outputs"], "artifact");
  });
  team.workflows.forEach((wf, i) => wf.steps.forEach((step, j) => {
    ids(step.reads, ["workflows", i, "steps", j, "reads"], "artifact");
    ids(step.writes, ["workflows", i, "steps", j, "writes"], "artifact");
    ids(step.agents, ["workflows", i, "steps", j, "agents"], "agent");
  }));
  team.contracts.forEach((c, i) => ids(c.carries, ["contracts", i, "carries"], "artifact"));
  return issues;
}

function uniqueIds(items: { id: string }[], key: string, kind: string, issues: ReferenceIssue[]): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push({ path: [key, i, "id"], message: `duplicate ${kind} id '${item.id}' (first at ${key}[${first}])` });
    } else seen.set(item.id, i);
  });
  return seen;
}

function contractFieldIssues(c: Contract, i: number): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const types = new Map<string, string>();
  c.requires.forEach((r, j) => {
    if (types.has(r.field)) issues.push({ path: ["contracts", i, "requires", j, "field"], message: `duplicate required field '${r.field}'` });
    types.set(r.field, r.type);
  });
  const gateIds = new Set<string>();
  c.gates.forEach((g, j) => {
    if (gateIds.has(g.id)) issues.push({ path: ["contracts", i, "gates", j, "id"], message: `duplicate gate id '${g.id}' in contract '${c.id}'` });
    gateIds.add(g.id);
    if (g.check === undefined) return;
    const type = types.get(g.check.field);
    for (const kind of checkKindsOf(g.check)) {
      const needs = CHECK_KINDS[kind];
      if (type !== undefined && needs !== "any" && needs !== type) {
        issues.push({
          path: ["contracts", i, "gates", j, "check", kind],
          message: `'${kind}' needs a ${needs} field, but '${g.check.field}' is ${type}`,
        });
      }
    }
  });
  return issues;
}

function lineageCycles(team: Shape): ReferenceIssue[] {
  const parents = new Map(team.artifacts.map((a) => [a.id, a.derivedFrom]));
  const state = new Map<string, "visiting" | "done">();
  const issues: ReferenceIssue[] = [];
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const index = team.artifacts.findIndex((a) => a.id === id);
      issues.push({ path: ["artifacts", index, "derivedFrom"], message: `derivedFrom has a cycle: ${cycle.join(" -> ")}` });
      return;
    }
    state.set(id, "visiting");
    for (const parent of parents.get(id) ?? []) if (parents.has(parent)) visit(parent, [...trail, id]);
    state.set(id, "done");
  };
  for (const a of team.artifacts) visit(a.id, []);
  return issues;
}
