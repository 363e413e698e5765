import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from "graphql";
import type { Context } from "../context.ts";
import { keyOf } from "../db/entities.ts";

/**
 * Speculative prefetch. In `team(id: T) { artifact(id: A) { consumers { ... } } }` every key
 * is in the query text, yet each level would wait for the one above before asking Neo4j:
 * three round trips one after another. `prefetchUnderTeam` starts the lookups of the levels
 * below as soon as the team resolver runs, and the resolvers there pick up the work already
 * in flight (`shared`): the same queries, in parallel, one round trip of latency. If the team
 * turns out not to exist, the speculative answers are dropped.
 */
const inFlight = new WeakMap<Context, Map<string, Promise<unknown>>>();

/** The request's one promise for `key`: started by `work` unless a prefetch already started it. */
export function shared<T>(ctx: Context, key: string, work: () => Promise<T>): Promise<T> {
  let cache = inFlight.get(ctx);
  if (!cache) inFlight.set(ctx, (cache = new Map()));
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = work();
    // A speculative answer nobody picks up must not become an unhandled rejection.
    promise.catch(() => {});
    cache.set(key, promise);
  }
  return promise;
}

/** A loader's work for one parent key is shared; batches of several keys run as they are. */
export function sharedLoad<T>(ctx: Context, name: string, keys: readonly string[], run: (keys: readonly string[]) => Promise<T[][]>): Promise<T[][]> {
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) return run(keys);
  return shared(ctx, `${name}:${key}`, () => run(keys));
}

/** What to start for a child field of Team that has an `id` argument, given its key and sub-selections. */
export type Prefetcher = (ctx: Context, key: string, subfields: FieldNode[], info: GraphQLResolveInfo) => void;
const registry = new Map<string, Prefetcher[]>();
export function registerPrefetch(field: string, start: Prefetcher): void {
  registry.set(field, [...(registry.get(field) ?? []), start]);
}

/** Starts a child of Team from its arguments; its answer, when not null, proves the team exists. */
export type ProofStarter = (ctx: Context, team: string, child: FieldNode, info: GraphQLResolveInfo) => Promise<unknown> | undefined;
const proofs = new Map<string, ProofStarter>();
export function registerProof(field: string, start: ProofStarter): void {
  proofs.set(field, start);
}
/** A by-id child of Team (`artifact(id)`) whose lookup is started, and whose row proves the team exists. */
export function registerLookup(field: string, lookup: (ctx: Context, key: string) => Promise<unknown>): void {
  registerProof(field, (ctx, team, child, info) => {
    const id = argument(child, "id", info);
    return typeof id === "string" ? lookup(ctx, keyOf({ team, id })) : undefined;
  });
}

export interface Prefetched {
  /** The by-id lookups started (one per child field with an id). */
  lookups: Promise<unknown>[];
  /** Whether the query reads the team itself (anything but id, __typename and by-id children). */
  readsTeam: boolean;
}

/** Starts the lookups that `team(id: team) { ... }` will ask for below it. */
export function prefetchUnderTeam(ctx: Context, team: string, info: GraphQLResolveInfo): Prefetched {
  const selections = info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []);
  const lookups: Promise<unknown>[] = [];
  let readsTeam = selections.some((s) => s.kind !== Kind.FIELD);
  for (const child of fieldsOf(selections)) {
    const id = argument(child, "id", info);
    // Prefetchers first: one may answer the lookup too (an entity with its flows in one query).
    if (typeof id === "string") {
      for (const start of registry.get(child.name.value) ?? []) start(ctx, keyOf({ team, id }), fieldsOf(child.selectionSet?.selections ?? []), info);
    }
    const proof = proofs.get(child.name.value);
    const started = proof?.(ctx, team, child, info);
    if (started) lookups.push(started);
    if (!proof && child.name.value !== "id" && child.name.value !== "__typename") readsTeam = true;
  }
  return { lookups, readsTeam };
}

/** Plain fields only: fragments are left to resolve level by level (correct, just not prefetched). */
export function fieldsOf(selections: readonly SelectionNode[]): FieldNode[] {
  return selections.filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

/** A literal or variable argument's value; undefined when absent or of another kind. */
export function argument(field: FieldNode, name: string, info: GraphQLResolveInfo): unknown {
  const node = field.arguments?.find((a) => a.name.value === name)?.value;
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return info.variableValues[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** Whether every node of a field selects only `id` and `__typename` (no fragments): its parent's id answers it. */
export function selectsOnlyId(nodes: readonly FieldNode[]): boolean {
  return nodes.every((node) => (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === "id" || s.name.value === "__typename")));
}
