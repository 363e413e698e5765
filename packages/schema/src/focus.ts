import type { EdgeKind } from "./composition.ts";

/**
 * Focus and impact on a composition map: the one definition the API's Team.composition,
 * the explorer's highlighting and (checked by test/impact.test.ts) the Cypher behind
 * Artifact.impactedRoles and Artifact.downstream all follow.
 *
 * Edges point the way context flows, as the composition draws them: producer -> artifact ->
 * consumer, origin -> derived artifact, owner -> agent, sender -> contract -> receiver.
 */
export interface FocusEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
}

/** Making an artifact: a role produces it, an agent writes it. */
export const PRODUCING: ReadonlySet<EdgeKind> = new Set(["produces", "writes"]);
/** Taking an artifact in: a role consumes it, an agent reads it. */
export const CONSUMING: ReadonlySet<EdgeKind> = new Set(["consumes", "reads"]);

/**
 * Every node within `depth` edges of the focus, either way along an edge, with its distance
 * (the focus itself at 0). Ids of nodes with no edge in `edges` never appear but the focus.
 */
export function neighbourhood(edges: readonly FocusEdge[], focus: string, depth: number): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const distance = new Map([[focus, 0]]);
  let frontier = [focus];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const n of adjacent.get(id) ?? []) {
        if (distance.has(n)) continue;
        distance.set(n, d);
        next.push(n);
      }
    }
    frontier = next;
  }
  return distance;
}

/** What a change to an artifact reaches: who makes it, what is derived from it, who takes those in. */
export interface Impact {
  /** Who makes the artifact (produces, writes), in edge order. */
  producers: string[];
  /** Artifacts derived from it within `depth` steps of lineage, with the fewest steps (1..depth). */
  downstream: Map<string, number>;
  /**
   * Who consumes or reads the artifact or anything downstream, with the fewest lineage steps
   * to what they take in: 0 for the artifact itself.
   */
  consumers: Map<string, number>;
  /** The edges that explain it: making, lineage, taking in. */
  edges: Set<string>;
}

/** The downstream impact of an artifact: lineage followed `depth` steps, and who consumes along it. */
export function impact(edges: readonly FocusEdge[], artifact: string, depth: number): Impact {
  const result: Impact = { producers: [], downstream: new Map(), consumers: new Map(), edges: new Set() };
  for (const e of edges) {
    if (e.target !== artifact || !PRODUCING.has(e.kind)) continue;
    if (!result.producers.includes(e.source)) result.producers.push(e.source);
    result.edges.add(e.id);
  }
  const reached = new Set([artifact]);
  let frontier = [artifact];
  for (let step = 0; step <= depth && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const e of edges) {
        if (e.source !== from) continue;
        if (CONSUMING.has(e.kind)) {
          if (!result.consumers.has(e.target)) result.consumers.set(e.target, step);
          result.edges.add(e.id);
        } else if (e.kind === "derived-from" && step < depth && !reached.has(e.target)) {
          reached.add(e.target);
          result.downstream.set(e.target, step + 1);
          result.edges.add(e.id);
          next.push(e.target);
        }
      }
    }
    frontier = next;
  }
  return result;
}

/** Artifact.impactedRoles as ids: the roles among an impact's consumers (agents read, roles consume). */
export const impactedRoles = (i: Impact): string[] => [...i.consumers.keys()].filter((id) => id.startsWith("role:"));
