import { between, CONTRACT_ENDS, endRoles, L, listing, named, rows, type ContractEnds, type Named } from "../cypher.ts";
import type { Rule } from "../types.ts";

// A feedback loop (boundary.loop) goes back in the lifecycle on purpose; it skips nothing.
const QUERY = `
MATCH (k:${L.Contract} {team: $team})-[:FROM_STAGE]->(fs:${L.Stage} {team: $team})
MATCH (k)-[:TO_STAGE]->(ts:${L.Stage} {team: $team})
WHERE ts.order > fs.order + 1 AND NOT coalesce(k.loop, false)
RETURN k.id AS id, k.name AS name, ${CONTRACT_ENDS},
       {id: fs.id, name: fs.name} AS fromS, {id: ts.id, name: ts.name} AS toS,
       COLLECT { MATCH (x:${L.Stage} {team: $team}) WHERE fs.order < x.order < ts.order
                 RETURN {id: x.id, name: x.name} AS s ORDER BY x.order } AS skipped
ORDER BY id`;

export const skippedStage: Rule = {
  id: "skipped-stage",
  severity: "warning",
  subjectKind: "contract",
  summary: "A contract's boundary skips a stage",
  help: "Skipping a stage skips the question it answers (skipping Decide costs more than skipping Discover): route the handoff through the skipped stage, or suppress the finding with the reason it is safe.",
  async run(ctx) {
    const found = await rows<Named & ContractEnds & { fromS: Named; toS: Named; skipped: Named[] }>(ctx, QUERY);
    return found.map((k) => ({
      rule: "skipped-stage" as const,
      severity: "warning" as const,
      subjectKind: "contract" as const,
      subjectId: k.id,
      related: k.skipped.map((s) => s.id),
      message: `Contract ${named(k)} ${between(k)} hands off from ${named(k.fromS)} to ${named(k.toS)}, skipping ${listing(k.skipped.map(named))}`,
      remediation: `Split the handoff so it passes through ${listing(k.skipped.map((s) => s.name ?? s.id))} (a contract per boundary), or, if skipping is deliberate, suppress this finding with the reason.`,
      roles: endRoles(k),
      stages: [k.fromS.id, ...k.skipped.map((s) => s.id), k.toS.id],
    }));
  },
};
