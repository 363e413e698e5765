import type { OrganizationRows } from "../composition/organization.ts";
import * as cypher from "./cypher/organization.ts";
import type { Columns, RowFields } from "./cypher/relations.ts";
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

/**
 * Every flow across a team boundary with its contract; its rows carry the key and the
 * `fields` of each end (all, or what the operation reads: schema/selected.ts), typed as full rows.
 */
export async function crossTeamFlows(db: Db, fields: { artifact: RowFields; role: RowFields } = { artifact: "all", role: "all" }): Promise<CrossTeamFlowRow[]> {
  const read = cypher.crossTeamFlows(fields);
  type Cells = [string, string, string, string, string | null, string | null, string | null, ...unknown[]];
  const rows = await db.run<{ flow: Cells }>(read.statement);
  const split = read.artifact.length;
  return rows.map(({ flow: [artifactTeam, artifact, roleTeam, role, cadence, stage, contract, ...values] }) => ({
    artifactRow: rowOf(artifactTeam, artifact, read.artifact, values, 0) as unknown as ArtifactRow,
    roleRow: rowOf(roleTeam, role, read.role, values, split) as unknown as RoleRow,
    cadence, stage, contract,
  }));
}

/** A row from its key and its own fields' values, read from `values` at `from` in `own`'s order. */
function rowOf(team: string, id: string, own: Columns, values: readonly unknown[], from: number): Record<string, unknown> {
  const row: Record<string, unknown> = { team, id };
  for (let i = 0; i < own.length; i++) row[own[i]?.[0] ?? ""] = values[from + i];
  return row;
}

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
