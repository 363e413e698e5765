import type { CompositionNode } from "@rolegraph/schema";
import type { Focus, Relation } from "./focus.ts";
import type { Finding } from "./gaps.ts";
import type { Graph } from "./graph.ts";
import type { Visibility } from "./visibility.ts";

/**
 * The one place counts come from (issue 19: panel, legend, badge and "N of M" disagreed).
 * Every number the explorer shows about a focus or a report is the length of a list built here.
 */
export interface RelationGroup {
  relation: Relation;
  nodes: CompositionNode[];
  /** Of those, hidden by the filters: the legend says so rather than counting them as shown. */
  hidden: number;
}

const ORDER: Relation[] = ["producer", "consumer", "carrier", "input", "output", "upstream", "downstream", "path", "finding"];

export function relationGroups(graph: Graph, focus: Focus | undefined, visibility: Visibility): RelationGroup[] {
  if (focus === undefined) return [];
  const groups = new Map<Relation, CompositionNode[]>();
  for (const [id, relation] of focus.relations) {
    const node = graph.byId.get(id);
    if (node === undefined || relation === "focus") continue;
    groups.set(relation, [...(groups.get(relation) ?? []), node]);
  }
  return ORDER.flatMap((relation) => {
    const nodes = groups.get(relation);
    if (nodes === undefined) return [];
    nodes.sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    return [{ relation, nodes, hidden: nodes.filter((n) => !visibility.nodes.has(n.id)).length }];
  });
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export function severityCounts(findings: readonly Pick<Finding, "severity">[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0, total: findings.length };
  for (const f of findings) {
    if (f.severity === "ERROR") counts.error += 1;
    else if (f.severity === "WARNING") counts.warning += 1;
    else counts.info += 1;
  }
  return counts;
}
