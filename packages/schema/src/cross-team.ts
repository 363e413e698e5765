import { formatPath } from "./parse.ts";
import { parseQualified, type QualifiedId } from "./qualified.ts";
import type { Team } from "./team.ts";

/** One place a team file names another team's artifact or role. */
export interface CrossTeamReference extends QualifiedId {
  kind: "artifact" | "role";
  /** Where it is written: `roles[2].consumes[0].artifact`. */
  path: string;
  /** As written: `data/weekly-metrics`. */
  reference: string;
}

/**
 * Every qualified reference of a (validated) team to another team, in document order: what
 * the import stores as pending until the other side arrives, and what `validate` counts.
 */
export function crossTeamReferences(team: Team): CrossTeamReference[] {
  const out: CrossTeamReference[] = [];
  const add = (kind: CrossTeamReference["kind"], reference: string, path: (string | number)[]) => {
    const q = parseQualified(reference);
    if (q && q.team !== team.team.id) out.push({ kind, ...q, reference, path: formatPath(path) });
  };
  team.roles.forEach((r, i) => r.consumes.forEach((f, j) => add("artifact", f.artifact, ["roles", i, "consumes", j, "artifact"])));
  team.artifacts.forEach((a, i) => a.derivedFrom.forEach((d, j) => add("artifact", d, ["artifacts", i, "derivedFrom", j])));
  team.agents.forEach((g, i) => g.inputs.forEach((a, j) => add("artifact", a, ["agents", i, "inputs", j])));
  team.workflows.forEach((w, i) => w.steps.forEach((s, j) => s.reads.forEach((a, k) => add("artifact", a, ["workflows", i, "steps", j, "reads", k]))));
  team.contracts.forEach((c, i) => add("role", c.to, ["contracts", i, "to"]));
  return out;
}
