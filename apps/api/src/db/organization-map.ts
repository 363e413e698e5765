import * as cypher from "./cypher/organization-map.ts";
import type { Db } from "./driver.ts";

/** A team on the organisation map: its counts, not its members. */
export interface OrgMapTeamRow { id: string; name: string; roles: number; published: number }
/** Every cross-team flow from one team's artifacts to another team's roles, counted. */
export interface OrgSeamRow { from: string; to: string; flows: number; artifacts: number; uncontracted: number; unpublished: string[] }
/** One cross-team flow, flat: what an opened team or seam draws. */
export interface SeamFlowRow {
  artifact: { team: string; id: string; name: string; published: boolean };
  consumer: { team: string; id: string; name: string };
  contract: string | null;
}

const int = (n: unknown): number => (typeof n === "number" ? n : Number(n));

/**
 * Parts read side by side. Neo4j Community runs one query on one thread, and the seams are a
 * scan of every flow (1.5 million at XL): four parts over two cores took 1.4-1.8 s where one
 * took 2.6-4.3 s (busy machine, docs/performance.md "h21-maps"). Each part is its own read
 * transaction: an import committing between them can show in one part and not another, as it
 * would between two looks at the map.
 */
const PARTS = 4;

/** The organisation map's opening read: teams and seams as counts (cypher/organization-map.ts). */
export async function organizationMap(db: Db): Promise<{ teams: OrgMapTeamRow[]; seams: OrgSeamRow[] }> {
  const ids = (await db.run<{ id: string }>(cypher.teamIds())).map((r) => r.id);
  const parts = Array.from({ length: Math.min(PARTS, Math.max(1, ids.length)) }, (_, k) => ids.filter((_, i) => i % PARTS === k));
  type Row = { teams: [string, string, number, number][]; seams: [string, string, number, number, number, string[]][] };
  const rows = (await Promise.all(parts.map((part) => db.run<Row>(cypher.organizationMap(part))))).flatMap((r) => r);
  const teams = rows.flatMap((r) => r.teams).map(([id, name, roles, published]) => ({ id, name, roles: int(roles), published: int(published) }));
  const order = new Map(ids.map((id, i) => [id, i]));
  teams.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const seams = rows.flatMap((r) => r.seams).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return {
    teams,
    seams: seams.map(([from, to, flows, artifacts, uncontracted, unpublished]) => ({ from, to, flows: int(flows), artifacts: int(artifacts), uncontracted: int(uncontracted), unpublished })),
  };
}

/** The cross-team flows into or out of these teams. */
export async function teamSeamFlows(db: Db, teams: readonly string[]): Promise<SeamFlowRow[]> {
  if (teams.length === 0) return [];
  const rows = await db.run<{ flow: [string, string, string, boolean, string, string, string, string | null] }>(cypher.teamSeamFlows(teams));
  return rows.map(({ flow: [at, aid, aname, published, rt, rid, rname, contract] }) => ({
    artifact: { team: at, id: aid, name: aname, published }, consumer: { team: rt, id: rid, name: rname }, contract,
  }));
}
