import type { GraphDiff } from "../graph/diff.ts";
import type { EntityLabel } from "../graph/rows.ts";

export interface ElementCounts {
  added: number;
  removed: number;
  changed: number;
}

/** The element each graph label belongs to: steps to their workflow, gates and requirements to their contract. */
const OWNER: Partial<Record<EntityLabel, EntityLabel>> = { Step: "Workflow", Gate: "Contract", Requirement: "Contract" };

/**
 * How many elements (stages, roles, artifacts, agents, workflows, contracts, the team) an
 * import's graph diff adds, removes and changes, pure: what a version records without a
 * second diff of documents. A node created or deleted is an element added or removed; an
 * element is changed when its node's properties, one of its parts (step, gate, requirement)
 * or one of its outgoing relationships (flows, engagements, references) changed.
 */
export function elementCounts(diff: GraphDiff): ElementCounts {
  const element = (n: { label: EntityLabel; id: string }) => {
    const owner = OWNER[n.label];
    // A part's id starts with its owner's (workflow/0, contract/gate); element ids have no '/'.
    return owner ? `${owner}|${n.id.slice(0, n.id.lastIndexOf("/"))}` : `${n.label}|${n.id}`;
  };
  const whole = (rows: { label: EntityLabel; id: string }[]) => new Set(rows.filter((n) => !OWNER[n.label]).map(element));
  const added = whole(diff.createNodes);
  const removed = whole(diff.deleteNodes);
  const touched = new Set([
    ...[...diff.createNodes, ...diff.deleteNodes].filter((n) => OWNER[n.label]).map(element),
    ...diff.updateNodes.map(element),
    ...[...diff.createRels, ...diff.updateRels, ...diff.deleteRels].map((r) => element(r.from)),
  ]);
  const changed = [...touched].filter((k) => !added.has(k) && !removed.has(k)).length;
  return { added: added.size, removed: removed.size, changed };
}

export const isEmpty = (diff: GraphDiff) =>
  diff.createNodes.length + diff.updateNodes.length + diff.deleteNodes.length + diff.createRels.length + diff.updateRels.length + diff.deleteRels.length === 0;
