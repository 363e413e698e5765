import type { MapNode } from "./types.ts";

export type Positions = ReadonlyMap<string, { x: number; y: number }>;

/**
 * The nodes at their laid-out positions. A node whose data and position are as in `previous`
 * is that same object, so restyling the map (a focus) re-renders only what it changed.
 */
export function place(nodes: readonly MapNode[], positions: Positions, previous: readonly MapNode[] = []): MapNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return nodes.map((n) => {
    const position = positions.get(n.id) ?? n.position;
    const old = before.get(n.id);
    if (old !== undefined && old.data === n.data && old.position.x === position.x && old.position.y === position.y) return old;
    return { ...n, position };
  });
}
