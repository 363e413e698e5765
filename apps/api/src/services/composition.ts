import { compositionMap, narrowComposition, type Composition, type CompositionMap, type CompositionOptions } from "../composition/build.ts";
import { readTeamGraph } from "../db/composition.ts";
import type { Db } from "../db/driver.ts";
import { heavyReads } from "./heavy-reads.ts";
import { RememberedByMark } from "./remembered.ts";

/**
 * Teams whose whole map is kept per Db: few, as an L-shaped team's map is thousands of node and
 * edge objects (its JSON focused on one role is 208 KB) and the API's heap is capped
 * (scripts/start.mjs); the most recently asked stay.
 */
const MAX_TEAMS = 24;
const memos = new WeakMap<Db, RememberedByMark<CompositionMap>>();

/**
 * A team's composition map narrowed by stage and focus. The whole map is read (one read
 * transaction, db/composition.ts) and built once per team under Neo4j's last-commit mark, as
 * the gap report's analysis is (services/gaps.ts): any write, through this process or another
 * instance, moves the mark and the next request reads the team again. Each request narrows it
 * in memory (a focus is a breadth-first search over the kept edges). Reading and building a
 * whole map takes a turn of the heavy reads (heavy-reads.ts).
 */
export async function teamComposition(db: Db, team: string, options: CompositionOptions): Promise<Composition> {
  const mark = await db.lastCommit().catch(() => undefined);
  const memo = memos.get(db) ?? new RememberedByMark<CompositionMap>(MAX_TEAMS);
  memos.set(db, memo);
  const map = await memo.get(team, mark, () => heavyReads.run(async () => compositionMap(await readTeamGraph(db, team))));
  return narrowComposition(map, options);
}
