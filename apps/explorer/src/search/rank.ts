export interface Searchable {
  id: string;
  label: string;
  kind: string;
  entityId: string;
}

/**
 * Best matches first: a name that starts with the query, then a word that does, then the
 * query anywhere in the name or id. Every word of the query must match somewhere.
 */
export function rank<T extends Searchable>(items: readonly T[], query: string, limit = 12): T[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return items.slice(0, limit);
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const label = item.label.toLowerCase();
    const hay = `${label} ${item.entityId.toLowerCase()} ${item.kind}`;
    if (!words.every((w) => hay.includes(w))) continue;
    const first = words[0] ?? "";
    const score = label.startsWith(first) ? 0 : new RegExp(`\\b${first.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).test(label) ? 1 : 2;
    scored.push({ item, score });
  }
  scored.sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length || a.item.label.localeCompare(b.item.label));
  return scored.slice(0, limit).map((s) => s.item);
}
