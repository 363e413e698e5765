import { compressionDistances } from "../chains.ts";
import { L, named, rows, type Named } from "../cypher.ts";
import type { Rule, Severity } from "../types.ts";

const FLOWS = `
MATCH (r:${L.Role} {team: $team})-[f:PRODUCES|CONSUMES]->(a:${L.Artifact} {team: $team})
RETURN r.id AS role, a.id AS artifact, CASE type(f) WHEN 'PRODUCES' THEN 'produces' ELSE 'consumes' END AS kind,
       coalesce(a.external, false) AS external`;
const NAMES = `
MATCH (n:${L.Role} {team: $team}) RETURN 'role' AS kind, n.id AS id, n.name AS name
UNION ALL
MATCH (n:${L.Artifact} {team: $team}) RETURN 'artifact' AS kind, n.id AS id, n.name AS name`;

/** Informative from two boundaries; a warning past three (McEntire: each boundary costs accuracy). */
export function chainSeverity(distance: number): Severity | null {
  if (distance >= 4) return "warning";
  if (distance >= 2) return "info";
  return null;
}

export const compressionChain: Rule = {
  id: "compression-chain",
  severity: "info",
  subjectKind: "role",
  summary: "Context from outside the team reaches a role only through a chain of handoffs (info from 2 boundaries, warning past 3)",
  help: "Every boundary is a compression step that loses context: give the role a direct line to the source (a summary written for it, a seat in discovery), or make each boundary carry the why in a checked contract.",
  async run(ctx) {
    const flows = await rows<{ role: string; artifact: string; kind: "produces" | "consumes"; external: boolean }>(ctx, FLOWS);
    const names = new Map((await rows<Named & { kind: string }>(ctx, NAMES)).map((n) => [`${n.kind}:${n.id}`, n.name]));
    const label = (kind: string, id: string) => names.get(`${kind}:${id}`) ?? id;
    const externals = [...new Set(flows.filter((f) => f.external).map((f) => f.artifact))];
    return compressionDistances({ flows, externals }).flatMap((d) => {
      const severity = chainSeverity(d.distance);
      if (!severity) return [];
      const path = d.chain.flatMap((role, i) => [label("artifact", d.via[i] ?? ""), label("role", role)]).join(" -> ");
      const subject = { id: d.role, name: label("role", d.role) };
      return [{
        rule: "compression-chain" as const,
        severity,
        subjectKind: "role" as const,
        subjectId: d.role,
        related: d.chain.slice(0, -1),
        message: `${named(subject)} gets context from outside the team only across ${d.distance} boundaries: ${path}`,
        remediation: `Shorten the chain for ${subject.name}: give it a direct input from ${label("role", d.chain[0] ?? "")} or from ${label("artifact", d.via[0] ?? "")} (a summary written for it: the why, not only the what), or make each boundary on the way carry that context in a contract whose gates check it.`,
        chain: d.chain,
        roles: [d.role],
        stages: [],
      }];
    });
  },
};
