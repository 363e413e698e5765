import type { TeamGraph } from "./graph.ts";

type Nameable = { id: string; name?: string | null };
const nameKey = (name: string) => name.trim().toLowerCase();
const sharedMemo = new WeakMap<TeamGraph, ReadonlySet<string>>();

/**
 * The names (compared without case) that more than one thing of the team carries, ids apart:
 * two roles called "Engineer", or a stage and an artifact both called "Launch". Remembered per
 * graph: every rule of a report names things.
 */
function sharedNames(graph: TeamGraph): ReadonlySet<string> {
  const known = sharedMemo.get(graph);
  if (known) return known;
  const idsByName = new Map<string, Set<string>>();
  const things: Nameable[] = [...graph.roles, ...graph.artifacts, ...graph.agents, ...graph.stages, ...graph.contracts];
  for (const t of things) {
    if (!t.name) continue;
    const key = nameKey(t.name);
    idsByName.set(key, (idsByName.get(key) ?? new Set()).add(t.id));
  }
  const shared = new Set([...idsByName].filter(([, ids]) => ids.size > 1).map(([name]) => name));
  sharedMemo.set(graph, shared);
  return shared;
}

/**
 * How a team's messages name a thing: by its name alone (people read messages; the ids are in
 * the finding's subject, related ids, locations and fingerprint), its id added only when another
 * thing of the team carries the same name, so the message still says which one. A thing with
 * no name is named by its id.
 */
export function namer(graph: TeamGraph): (thing: Nameable) => string {
  const shared = sharedNames(graph);
  return (thing) => {
    const name = thing.name?.trim();
    if (!name) return thing.id;
    return shared.has(nameKey(name)) && name !== thing.id ? `${name} (${thing.id})` : name;
  };
}

/** "a", "a and b", "a, b and c". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sorted, de-duplicated ids, so findings compare and print the same way every run. */
export const ids = (values: Iterable<string | null | undefined>) =>
  [...new Set([...values].filter((v): v is string => typeof v === "string" && v !== ""))].sort();

/** By id, as people read lists in messages. */
export const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** "Add x; set y" -> "Add x; set y" with the first letter up. */
export const sentence = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** The roles with these ids, once each and sorted; an id with no role (deleted since) is named by itself. */
export const rolesNamed = <R extends { id: string; name?: string | null }>(roles: ReadonlyMap<string, R>, ids: Iterable<string>) =>
  [...new Set(ids)].map((id): { id: string; name?: string | null } => roles.get(id) ?? { id, name: id }).sort(byId);
