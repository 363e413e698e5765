import { L, listing, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (s:${L.Stage} {team: $team})
WHERE NOT EXISTS { MATCH (s)<-[e:ENGAGED_IN]-(:${L.Role} {team: $team}) WHERE e.engagement = 'lead' }
RETURN s.id AS id, s.name AS name,
       [(s)<-[e:ENGAGED_IN]-(r:${L.Role} {team: $team}) | {id: r.id, name: r.name, engagement: e.engagement}] AS engaged
ORDER BY s.order`;

export const leaderlessStage: Rule = {
  id: "leaderless-stage",
  severity: "error",
  subjectKind: "stage",
  summary: "No role leads a stage",
  help: "Every stage needs one role engaged as `lead`: the role that answers the stage's question and owns its output.",
  async run(ctx) {
    const found = await rows<Named & { engaged: (Named & { engagement: string })[] }>(ctx, QUERY);
    return found.map((s) => {
      const engaged = [...s.engaged].sort((a, b) => a.id.localeCompare(b.id));
      const who = engaged.length === 0
        ? "no role is engaged in it at all"
        : `${listing(engaged.map((r) => `${named(r)} (${r.engagement})`))} ${engaged.length === 1 ? "is" : "are"} engaged, none as lead`;
      return {
        rule: "leaderless-stage" as const,
        severity: "error" as const,
        subjectKind: "stage" as const,
        subjectId: s.id,
        related: engaged.map((r) => r.id),
        message: `No role leads stage ${named(s)}: ${who}`,
        remediation: `Choose the role that answers the ${s.name ?? s.id} stage's question and set \`engagement: { ${s.id}: lead }\` on it.`,
        // Nobody is accountable for a stage nobody leads: it counts against the team, not a role.
        roles: [],
        stages: [s.id],
      };
    });
  },
};
