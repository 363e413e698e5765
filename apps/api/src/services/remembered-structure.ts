/**
 * One value remembered under two marks: the last-commit mark, which any write moves and which
 * is one trivial query to read, and a mark of what the value is made of (for the
 * organisation's chain index: the teams' structure, db/structure.ts), which fewer writes move
 * and which costs more to read. Under an unchanged commit mark the value is returned at once;
 * after a write, the structure mark is read and, when that is unchanged too, the value is
 * kept: a handoff written somewhere does not make every team's report recompute what only an
 * import can change. Concurrent callers share one computation; a failed one is forgotten;
 * without a commit mark (the check failed) the structure mark still decides.
 */
export class RememberedByStructure<V> {
  private entry: { commit: string | undefined; structure: string; value: Promise<V> } | undefined;

  async get(commit: string | undefined, readStructure: () => Promise<string>, compute: () => Promise<V>): Promise<V> {
    const known = this.entry;
    if (known && commit !== undefined && known.commit === commit) return known.value;
    const structure = await readStructure();
    // Read after the await: a caller that got here first may have started the computation.
    const current = this.entry;
    if (current && current.structure === structure) {
      if (commit !== undefined) current.commit = commit;
      return current.value;
    }
    const entry = { commit, structure, value: compute() };
    this.entry = entry;
    entry.value.catch(() => {
      if (this.entry === entry) this.entry = undefined;
    });
    return entry.value;
  }
}
