import { nodeKey, relKey, sameProps, type GraphRows, type NodeRow, type RelRow } from "./rows.ts";

export interface GraphDiff {
  createNodes: NodeRow[];
  updateNodes: NodeRow[];
  deleteNodes: NodeRow[];
  createRels: RelRow[];
  updateRels: RelRow[];
  deleteRels: RelRow[];
}

/** What must change to turn `current` into `desired`; an empty diff means "nothing to do". */
export function diffGraph(current: GraphRows, desired: GraphRows): GraphDiff {
  const [createNodes, updateNodes, deleteNodes] = diffBy(current.nodes, desired.nodes, nodeKey);
  const [createRels, updateRels, deleteRels] = diffBy(current.rels, desired.rels, relKey);
  return { createNodes, updateNodes, deleteNodes, createRels, updateRels, deleteRels };
}

function diffBy<T extends { props: NodeRow["props"] }>(current: T[], desired: T[], key: (row: T) => string): [T[], T[], T[]] {
  const before = new Map(current.map((row) => [key(row), row]));
  const after = new Map(desired.map((row) => [key(row), row]));
  const created: T[] = [];
  const updated: T[] = [];
  for (const [k, row] of after) {
    const old = before.get(k);
    if (!old) created.push(row);
    else if (!sameProps(old.props, row.props)) updated.push(row);
  }
  const deleted = [...before].filter(([k]) => !after.has(k)).map(([, row]) => row);
  return [created, updated, deleted];
}

export function diffCounts(diff: GraphDiff) {
  return {
    created: diff.createNodes.length + diff.createRels.length,
    updated: diff.updateNodes.length + diff.updateRels.length,
    deleted: diff.deleteNodes.length + diff.deleteRels.length,
    nodes: { created: diff.createNodes.length, updated: diff.updateNodes.length, deleted: diff.deleteNodes.length },
    relationships: { created: diff.createRels.length, updated: diff.updateRels.length, deleted: diff.deleteRels.length },
  };
}
export type DiffCounts = ReturnType<typeof diffCounts>;
