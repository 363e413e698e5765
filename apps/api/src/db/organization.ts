import type { OrganizationRows } from "../composition/organization.ts";
import * as cypher from "./cypher/organization.ts";
import type { RowFields } from "./cypher/relations.ts";
import type { Db } from "./driver.ts";
import type { ArtifactRow, Key, RoleRow } from "./entities.ts";

/** Reads across teams; the statements are cypher/organization.ts's. */

export interface CrossTeamFlowRow {
  roleRow: RoleRow;
  artifactRow: ArtifactRow;
  cadence: string | null;
  stage: string | null;
  /** The covering contract's key (`team|id`), or null. */
  contract: string | null;
}

/** For each team (in order), the ids of the teams it depends on or that depend on it. */
export async function teamLinks(db: Db, direction: "dependsOn" | "dependents", teams: readonly string[]): Promise<string[][]> {
  const rows = await db.run<{ team: string; others: string[] }>(cypher.teamLinks(direction, [...teams]));
  const byTeam = new Map(rows.map((r) => [r.team, r.others]));
  return teams.map((t) => byTeam.get(t) ?? []);
}

export const crossTeamFlows = (db: Db): Promise<CrossTeamFlowRow[]> => db.run<CrossTeamFlowRow & Record<string, unknown>>(cypher.crossTeamFlows());

/** A flow of another team that reads one of this team's artifacts. */
export interface DependentFlowRow { team: string; role: string; artifact: string; stage: string | null; cadence: string | null; roleRow: RoleRow; artifactRow: ArtifactRow }

export const dependentFlows = (db: Db, team: string): Promise<DependentFlowRow[]> =>
  db.run<DependentFlowRow & Record<string, unknown>>(cypher.dependentFlows(team));

/** The shortest chain of roles between two roles of any teams, as Role rows; null if none. */
export async function contextChainAcross(db: Db, from: Key, to: Key, fields: RowFields = "all"): Promise<RoleRow[] | null> {
  const [row] = await db.run<{ chain: RoleRow[] }>(cypher.contextChainAcross(from, to, fields));
  if (!row) return null;
  return row.chain.filter((r, i) => i === 0 || r.team !== row.chain[i - 1]?.team || r.id !== row.chain[i - 1]?.id);
}

export async function organizationGraph(db: Db, expand: readonly string[]): Promise<OrganizationRows> {
  const [row] = await db.run<OrganizationRows & Record<string, unknown>>(cypher.organizationGraph([...expand]));
  return row ?? { teams: [], bundles: [], roles: [], artifacts: [], flows: [] };
}
