import { L, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (s:${L.Stage} {team: $team})-[:OUTPUT]->(a:${L.Artifact} {team: $team})
WHERE NOT EXISTS { MATCH (a)<-[:PRODUCES]-(:${L.Role} {team: $team}) }
RETURN s.id AS id, s.name AS name, {id: a.id, name: a.name} AS output,
       [(s)<-[e:ENGAGED_IN]-(r:${L.Role} {team: $team}) WHERE e.engagement = 'lead' | r.id] AS leads
ORDER BY s.order`;

export const missingStageOutput: Rule = {
  id: "missing-stage-output",
  severity: "warning",
  subjectKind: "stage",
  summary: "No role produces a stage's declared output",
  help: "A stage's output is what the next stage starts from: add it to the produces of the role that leads the stage.",
  async run(ctx) {
    const found = await rows<Named & { output: Named; leads: string[] }>(ctx, QUERY);
    return found.map((s) => ({
      rule: "missing-stage-output" as const,
      severity: "warning" as const,
      subjectKind: "stage" as const,
      subjectId: s.id,
      related: [s.output.id],
      message: `Stage ${named(s)} must yield ${named(s.output)}, but no role produces it`,
      remediation: `Add \`{ artifact: ${s.output.id}, stage: ${s.id} }\` to the produces of the role that leads ${s.name ?? s.id}${s.leads.length ? ` (${[...s.leads].sort().join(", ")})` : ""}.`,
      // The stage's leads own its output.
      roles: [...s.leads].sort(),
      stages: [s.id],
    }));
  },
};
