import { ids, L, listing, named, rows, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

const QUERY = `
MATCH (a:${L.Artifact} {team: $team})
WITH a, [(a)<-[f:PRODUCES|CONSUMES]-(r:${L.Role} {team: $team}) WHERE f.cadence IS NULL |
         {id: r.id, name: r.name, verb: CASE type(f) WHEN 'PRODUCES' THEN 'produces' ELSE 'consumes' END, stage: f.stage}] AS uncadenced
WHERE a.format IS NULL OR size(uncadenced) > 0
RETURN a.id AS id, a.name AS name, a.format IS NULL AS noFormat, uncadenced,
       [(a)<-[:PRODUCES]-(p:${L.Role} {team: $team}) | p.id] AS producers,
       [(a)<-[f:PRODUCES|CONSUMES]-(:${L.Role} {team: $team}) | f.stage] AS stages
ORDER BY id`;

type Row = Named & { noFormat: boolean; uncadenced: (Named & { verb: string; stage: string | null })[]; producers: string[]; stages: (string | null)[] };

export const unformattedArtifact: Rule = {
  id: "unformatted-artifact",
  severity: "warning",
  subjectKind: "artifact",
  summary: "An artifact has no format, or a flow of it has no cadence",
  help: "If your outputs are not in formats others can consume, you have built a personal productivity tool: write down each artifact's format and each flow's cadence.",
  async run(ctx) {
    const found = await rows<Row>(ctx, QUERY);
    return found.map((a) => {
      const flows = [...a.uncadenced].sort((x, y) => x.id.localeCompare(y.id) || x.verb.localeCompare(y.verb));
      const problems = [
        ...(a.noFormat ? ["it has no format"] : []),
        ...(flows.length ? [`${listing(flows.map((f) => `${named(f)} ${f.verb} it`))} with no cadence`] : []),
      ];
      const fixes = [
        ...(a.noFormat ? [`write down the format of ${a.id} (what it contains and in which form, e.g. "markdown: goals, bets, dates")`] : []),
        ...(flows.length ? [`give a cadence to the ${flows.map((f) => `${f.verb} flow of ${f.id}`).join(", ")}`] : []),
      ];
      return {
        rule: "unformatted-artifact" as const,
        severity: "warning" as const,
        subjectKind: "artifact" as const,
        subjectId: a.id,
        related: ids(flows.map((f) => f.id)),
        message: `${named(a)}: ${problems.join("; ")}`,
        remediation: `${fixes.join("; ").replace(/^./, (c) => c.toUpperCase())}.`,
        // Whoever produces it owns its format; a missing cadence is the flow's role's to set.
        roles: ids([...a.producers, ...flows.map((f) => f.id)]),
        stages: ids(a.stages),
      };
    });
  },
};
