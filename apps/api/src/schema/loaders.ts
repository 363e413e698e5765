import type { Db } from "../db/driver.ts";
import { keyOf, loadByKeys, type Label, type RoleRow, type Rows } from "../db/entities.ts";
import {
  artifactWithImpacted, contextChain, flowsOfArtifacts, flowsOfRoles, impactedRoles, withFlows,
  type FlowRow, type RowFields,
} from "../db/relations.ts";

export type FlowType = "CONSUMES" | "PRODUCES";
export type FlowParent = "Role" | "Artifact";

/**
 * One request's lookups, made in its context (context.ts) and gone with it. Each method
 * starts its query once per key and hands every caller the same promise, so a lookup a
 * prefetch started (schema/prefetch.ts) is the one the field's resolver later picks up, and
 * a combined query (an entity with its flows) answers the separate lookups it covers.
 * Batches of several keys (dataloaders over a list) run as they are; sharing is per key.
 */
export class Loaders {
  private readonly lookups = new Map<string, Promise<unknown>>();
  /** One-key batches, as the dataloaders ask for them: [rows]. */
  private readonly flowLists = new Map<string, Promise<FlowRow[][]>>();
  private readonly impacted = new Map<string, Promise<RoleRow[][]>>();
  private readonly chains = new Map<string, Promise<RoleRow[] | null>>();

  constructor(private readonly db: Db) {}

  /** An entity by key, null when it does not exist. */
  lookup<L extends Label>(label: L, key: string): Promise<Rows[L] | null> {
    return once(this.lookups, `${label}|${key}`, async () => (await loadByKeys(this.db, label, [key]))[0] ?? null) as Promise<Rows[L] | null>;
  }

  /** The flows of each role or artifact, in key order. */
  flows(parent: FlowParent, type: FlowType, keys: readonly string[]): Promise<FlowRow[][]> {
    const run = (k: readonly string[]) => (parent === "Role" ? flowsOfRoles(this.db, type, k) : flowsOfArtifacts(this.db, type, k));
    return perKey(this.flowLists, `${parent}|${type}`, keys, run);
  }

  /** Roles impacted by each artifact within `depth` steps of lineage, in key order. */
  impactedRoles(depth: number, keys: readonly string[]): Promise<RoleRow[][]> {
    return perKey(this.impacted, String(depth), keys, (k) => impactedRoles(this.db, depth, k));
  }

  /** The shortest chain of roles from one to another in a team; null when none. */
  contextChain(team: string, from: string, to: string, fields: RowFields): Promise<RoleRow[] | null> {
    return once(this.chains, `${keyOf({ team, id: from })}|${to}`, () => contextChain(this.db, team, from, to, fields));
  }

  /** A role or artifact with its flows of `types` in one query; answers its lookup and those flows too. */
  withFlows(parent: FlowParent, key: string, types: readonly FlowType[], options: { stages: boolean; own: RowFields; other: RowFields }): void {
    const both = withFlows(this.db, parent, types, key, options);
    once(this.lookups, `${parent}|${key}`, async () => (await both).parent);
    for (const type of types) once(this.flowLists, `${parent}|${type}|${key}`, async () => [(await both).flows[type]]);
  }

  /** An artifact with its impacted roles in one query; answers its lookup and those roles too. */
  artifactWithImpacted(key: string, depth: number, fields: { own: RowFields; roles: RowFields }): void {
    const both = artifactWithImpacted(this.db, depth, key, fields);
    once(this.lookups, `Artifact|${key}`, async () => (await both).parent);
    once(this.impacted, `${depth}|${key}`, async () => [(await both).roles]);
  }
}

/** The map's promise for `key`, started by `work` if none is there yet (the first one stands). */
function once<T>(map: Map<string, Promise<T>>, key: string, work: () => Promise<T>): Promise<T> {
  let promise = map.get(key);
  if (!promise) {
    promise = work();
    // A speculative answer nobody picks up must not become an unhandled rejection.
    promise.catch(() => {});
    map.set(key, promise);
  }
  return promise;
}

/** A one-key batch shares that key's promise; larger batches run as they are. */
function perKey<T>(map: Map<string, Promise<T[]>>, scope: string, keys: readonly string[], run: (keys: readonly string[]) => Promise<T[]>): Promise<T[]> {
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) return run(keys);
  return once(map, `${scope}|${key}`, () => run(keys));
}
