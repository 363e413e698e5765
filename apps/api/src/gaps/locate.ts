import { isMap, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import type { SubjectKind } from "./types.ts";

const COLLECTION: Partial<Record<SubjectKind, string>> = {
  role: "roles", artifact: "artifacts", stage: "stages", contract: "contracts", agent: "agents",
};

export type LineFinder = (kind: SubjectKind, id: string) => number | undefined;

/**
 * Where things are defined in a team file (YAML or JSON): for `roles[i]` with `id: x`, the
 * 1-based line the item starts on. Parses once and answers many lookups. Handoffs are not in
 * the file, and default stages are not written down: those have no line.
 */
export function lineFinder(text: string): LineFinder {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const cache = new Map<string, number | undefined>();
  return (kind, id) => {
    const key = `${kind}:${id}`;
    if (cache.has(key)) return cache.get(key);
    let line: number | undefined;
    const collection = COLLECTION[kind];
    const seq = collection ? doc.get(collection, true) : undefined;
    if (isSeq(seq)) {
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const value = item.get("id", true);
        if (isScalar(value) && value.value === id && item.range) {
          line = lines.linePos(item.range[0]).line;
          break;
        }
      }
    }
    cache.set(key, line);
    return line;
  };
}
