/**
 * Every entity is keyed by (team, id). Loaders and prefetches key by the joined text
 * `team|id`; statements take keys as maps.
 */
export interface Key {
  team: string;
  id: string;
}
export const keyOf = (k: Key) => `${k.team}|${k.id}`;
export function parseKey(key: string): Key {
  const at = key.indexOf("|");
  return { team: key.slice(0, at), id: key.slice(at + 1) };
}
