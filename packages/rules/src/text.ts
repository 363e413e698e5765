/** How messages name a thing: by its name, with the id people grep for. */
export const named = (thing: { id: string; name?: string | null }) =>
  thing.name && thing.name !== thing.id ? `${thing.name} (${thing.id})` : thing.id;

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
