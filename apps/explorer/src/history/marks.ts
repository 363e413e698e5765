/**
 * What the history and what-if views say about each map node, and the style sheet that shows
 * it. The marks go on the map as CSS rules keyed by React Flow's `data-id` on each node, so the
 * map, its nodes and their layout stay exactly as they are: a ghost is a node like any other,
 * drawn faint and dashed.
 */
export type Mark = "added" | "removed" | "changed" | "breaks";

/** The diff's element kinds that are map nodes, as the map's node ids name them. */
const NODE_KIND: Record<string, string> = { ROLE: "role", ARTIFACT: "artifact", AGENT: "agent", CONTRACT: "contract" };

export const nodeIdOf = (kind: string, id: string): string | null => {
  const k = NODE_KIND[kind] ?? (Object.values(NODE_KIND).includes(kind) ? kind : undefined);
  return k === undefined ? null : `${k}:${id}`;
};

interface ChangeLike { op: string; kind: string; id: string }
interface FindingLike { subjectKind: string; subjectId: string }

/**
 * Marks from a diff: added and removed elements, changed ones (one mark however many fields),
 * and the subjects of the findings it introduces ("breaks"), unless removed themselves.
 */
export function marksOf(changes: readonly ChangeLike[], introduced: readonly FindingLike[] = []): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const c of changes) {
    const id = nodeIdOf(c.kind, c.id);
    if (id === null) continue;
    if (c.op === "ADDED") marks.set(id, "added");
    else if (c.op === "REMOVED") marks.set(id, "removed");
    else if (!marks.has(id)) marks.set(id, "changed");
  }
  for (const f of introduced) {
    const id = nodeIdOf(f.subjectKind, f.subjectId);
    if (id !== null && marks.get(id) !== "removed") marks.set(id, "breaks");
  }
  return marks;
}

const COLOR: Record<Mark, string> = { added: "#2e9e5b", changed: "#c98512", removed: "#9a9a9a", breaks: "#c0392b" };

/** The rules for a set of marks; `removedLabel` is what a removed node's tag says ("removed", "greyed out"). */
export function marksCss(marks: ReadonlyMap<string, Mark>, removedLabel = "removed"): string {
  const label: Record<Mark, string> = { added: "added", changed: "changed", removed: removedLabel, breaks: "breaks" };
  const rules: string[] = [];
  for (const [id, mark] of marks) {
    const node = `.react-flow__node[data-id="${id.replace(/["\\]/g, "\\$&")}"]`;
    const ring = mark === "removed" ? `outline: 2px dashed ${COLOR[mark]}; outline-offset: 2px; opacity: 0.45; filter: grayscale(1);` : `outline: 3px solid ${COLOR[mark]}; outline-offset: 2px;`;
    rules.push(`${node} { ${ring} }`);
    rules.push(`${node}::after { content: "${label[mark]}"; position: absolute; top: -11px; right: -4px; padding: 0 6px; border-radius: 8px; ` +
      `background: ${COLOR[mark]}; color: #fff; font: 600 10px/16px system-ui, sans-serif; pointer-events: none; }`);
  }
  return rules.join("\n");
}
