export interface Searchable {
  id: string;
  label: string;
  kind: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** Edit distance (insert, delete, change, swap two neighbours), cut off above `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

const tokens = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "");

/**
 * How well one query word matches a text: 0 its start, 1 a word's start, 2 anywhere, 3 a word
 * with a typo or two ("architct" finds Architect), or undefined for no match.
 */
function wordScore(word: string, text: string, words: readonly string[]): number | undefined {
  if (text.startsWith(word)) return 0;
  if (words.some((t) => t.startsWith(word))) return 1;
  if (text.includes(word)) return 2;
  if (word.length < 4) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  // Against each word and each word's start as long as the query word (a typo in a prefix).
  const near = words.some((t) => distance(word, t, limit) <= limit || distance(word, t.slice(0, word.length), limit) <= limit || distance(word, t.slice(0, word.length + 1), limit) <= limit);
  return near ? 3 : undefined;
}

/**
 * Best matches first, over names, ids and owners: every word of the query must match one of
 * them, exactly or nearly; a name match outranks an id or owner match, a clean one a typo.
 */
export function rank<T extends Searchable>(items: readonly T[], query: string, limit = 12): T[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return items.slice(0, limit);
  const scored: { item: T; score: number }[] = [];
  for (const item of items) {
    const label = item.label.toLowerCase();
    const owner = typeof item.data?.owner === "string" ? item.data.owner.toLowerCase() : "";
    const fields = [
      { text: label, words: tokens(label), weight: 0 },
      { text: item.entityId.toLowerCase(), words: tokens(item.entityId), weight: 1 },
      { text: owner, words: tokens(owner), weight: 2 },
      { text: item.kind, words: [item.kind], weight: 2 },
    ];
    let total = 0;
    for (const word of words) {
      let best: number | undefined;
      for (const f of fields) {
        const s = wordScore(word, f.text, f.words);
        if (s !== undefined) best = Math.min(best ?? Infinity, s * 3 + f.weight);
      }
      if (best === undefined) {
        total = -1;
        break;
      }
      total += best;
    }
    if (total >= 0) scored.push({ item, score: total });
  }
  scored.sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length || a.item.label.localeCompare(b.item.label));
  return scored.slice(0, limit).map((s) => s.item);
}
