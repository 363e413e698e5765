/**
 * What the map's history controls put in the URL: a version to see the team as it was
 * (`?version=3`), two to compare (`?compare=2..5`), or elements greyed out in a what-if
 * (`?whatif=role:designer,agent:deploy-bot`). One at a time: the last one chosen wins.
 */
export interface HistoryState {
  version: number | null;
  compare: { from: number; to: number } | null;
  whatIf: string[];
}

export const DEFAULT_HISTORY: HistoryState = { version: null, compare: null, whatIf: [] };

/** The kinds a what-if can grey out on the map, as map node ids name them. */
export const WHAT_IF_KINDS = ["role", "agent"] as const;
const isWhatIfNode = (id: string) => WHAT_IF_KINDS.some((k) => id.startsWith(`${k}:`) && id.length > k.length + 1);
const versionNumber = (text: string | null | undefined): number | null => (text && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null);

export function historyFromSearch(q: URLSearchParams): HistoryState {
  const [from, to] = (q.get("compare") ?? "").split("..");
  const a = versionNumber(from);
  const b = versionNumber(to);
  return {
    version: versionNumber(q.get("version")),
    compare: a !== null && b !== null ? { from: a, to: b } : null,
    whatIf: (q.get("whatif") ?? "").split(",").filter(isWhatIfNode),
  };
}

export function historyToSearch(state: HistoryState, q: URLSearchParams): void {
  if (state.version !== null) q.set("version", String(state.version));
  if (state.compare !== null) q.set("compare", `${state.compare.from}..${state.compare.to}`);
  if (state.whatIf.length > 0) q.set("whatif", state.whatIf.join(","));
}

export const historyOf = (s: HistoryState): HistoryState => ({ version: s.version, compare: s.compare, whatIf: s.whatIf });
