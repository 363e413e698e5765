import * as cypher from "./cypher/relations.ts";
import type { Statement } from "./cypher/statement.ts";
import type { Db } from "./driver.ts";
import { keyOf, parseKey, type ArtifactRow, type Key, type RoleRow, type StageRow } from "./entities.ts";

/**
 * One-to-many reads, each batched over many parent keys (one query per request and field,
 * whatever the number of parents), returning one group per key in key order. The statements
 * are cypher/relations.ts's; this file runs them and shapes their rows.
 */
export interface FlowRow {
  team: string; role: string; artifact: string; cadence: string | null; stage: string | null;
  /** The flow's role, artifact and stage as the entity loaders return them, read in the same query. */
  roleRow: RoleRow; artifactRow: ArtifactRow;
  /** Null when the stage is unknown; undefined when the query did not read stage rows. */
  stageRow: StageRow | null | undefined;
}
export interface EngagementRow { team: string; role: string; stage: string; engagement: string }
export type { RowFields } from "./cypher/relations.ts";
export { roleRow } from "./cypher/relations.ts";

async function grouped<T>(db: Db, statement: Statement, keys: readonly string[], groupOf: (row: T) => string): Promise<T[][]> {
  const rows = await db.run(statement);
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows as unknown as T[]) groups.get(groupOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

type FlowType = cypher.FlowType;

export const flowsOfRoles = (db: Db, type: FlowType, keys: readonly string[]) =>
  grouped<FlowRow>(db, cypher.flowsOfRoles(type, keys.map(parseKey)), keys, (f) => keyOf({ team: f.team, id: f.role }));

/**
 * One role or artifact by key with its flows of the given types, in one query: what
 * `role(id) { consumes produces }` and `artifact(id) { consumers }` ask for. One row comes
 * back (the parent, its team's stages, its flows as a list), not a row per flow repeating
 * the parent: a role has ~75 flows in the L bench and decoding the repeats cost more than
 * the query. The parent is null when it does not exist; rows have the loaders' shapes.
 */
export async function withFlows<P extends "Role" | "Artifact">(db: Db, parent: P, types: readonly FlowType[], key: string,
  options: { stages: boolean; other: cypher.RowFields; own?: cypher.RowFields } = { stages: true, other: "all" }):
  Promise<{ parent: (P extends "Role" ? RoleRow : ArtifactRow) | null; flows: Record<FlowType, FlowRow[]> }> {
  const read = cypher.withFlows(parent, types, parseKey(key), options);
  type Cells = [string | null, string | null, string | null, string, ...unknown[]];
  const [row] = await db.run<{ parent: RoleRow & ArtifactRow; stages: StageRow[] } & Partial<Record<FlowType, Cells[]>>>(read.statement);
  const flows: Record<FlowType, FlowRow[]> = { CONSUMES: [], PRODUCES: [] };
  if (!row) return { parent: null, flows };
  const team = row.parent.team;
  const stages = new Map(row.stages.map((s) => [s.id, s]));
  for (const type of types) {
    for (const cells of row[type] ?? []) {
      const [cadence, stage, otherTeam, id] = cells;
      // Typed as the full row: it holds every field the operation reads (RowFields).
      const end = rowOf(otherTeam ?? team, id, read.own, cells, 4) as unknown as RoleRow & ArtifactRow;
      const [roleOf, artifactOf] = parent === "Role" ? [row.parent, end] : [end, row.parent];
      // The stage is the role's team's: a consumer of another team's has none here (the resolver loads it).
      const ownStage = roleOf.team === team;
      flows[type].push({
        team: roleOf.team, role: roleOf.id, artifact: artifactOf.id, cadence, stage,
        roleRow: roleOf, artifactRow: artifactOf, stageRow: options.stages && ownStage ? (stage && stages.get(stage)) || null : undefined,
      });
    }
  }
  return { parent: row.parent, flows };
}

export const flowsOfArtifacts = (db: Db, type: FlowType, keys: readonly string[]) =>
  grouped<FlowRow>(db, cypher.flowsOfArtifacts(type, keys.map(parseKey)), keys, (f) => keyOf({ team: f.artifactRow.team, id: f.artifact }));

export const engagementsOfRoles = (db: Db, keys: readonly string[]) =>
  grouped<EngagementRow>(db, cypher.engagementsOfRoles(keys.map(parseKey)), keys, (e) => keyOf({ team: e.team, id: e.role }));

export async function matrixOfTeam(db: Db, team: string): Promise<EngagementRow[]> {
  return db.run<EngagementRow & Record<string, unknown>>(cypher.matrixOfTeam(team));
}

export const leadsOfStages = (db: Db, keys: readonly string[]) =>
  grouped<{ team: string; stage: string; role: string }>(db, cypher.leadsOfStages(keys.map(parseKey)), keys,
    (l) => keyOf({ team: l.team, id: l.stage }));

/** Keys of related entities: `(parent)-[rel]-(child)` in the given direction, per parent key; a child may be another team's (lineage). */
export function idsOf(db: Db, pattern: cypher.IdsPattern, keys: readonly string[]) {
  return grouped<{ team: string; parent: string; childTeam: string; id: string }>(db, cypher.idsOf(pattern, keys.map(parseKey)),
    keys, (r) => keyOf({ team: r.team, id: r.parent })).then((groups) => groups.map((g) => g.map((r) => keyOf({ team: r.childTeam, id: r.id }))));
}

/** derivedFrom lineage up to `depth` steps: upstream = sources, downstream = what is made from it. */
export function lineage(db: Db, direction: "upstream" | "downstream", depth: number, keys: readonly string[]) {
  return idsOf(db, cypher.lineagePattern(direction, depth), keys);
}

/** Roles that consume the artifact or anything derived from it within `depth` steps, as Role rows. */
export function impactedRoles(db: Db, depth: number, keys: readonly string[]): Promise<RoleRow[][]> {
  return grouped<{ parent: string; row: RoleRow }>(db, cypher.impactedRoles(depth, keys.map(parseKey)), keys, (r) => r.parent)
    .then((groups) => groups.map((g) => g.map((r) => r.row)));
}

/** One artifact by key with its impacted roles, in one query: `artifact(id) { impactedRoles }`; parent null when missing. */
export async function artifactWithImpacted(db: Db, depth: number, key: string, fields: { own?: cypher.RowFields; roles?: cypher.RowFields } = {}):
  Promise<{ parent: ArtifactRow | null; roles: RoleRow[] }> {
  const read = cypher.artifactWithImpacted(depth, parseKey(key), fields);
  const [row] = await db.run<{ parent: ArtifactRow; roles: [string | null, string, ...unknown[]][] }>(read.statement);
  if (!row) return { parent: null, roles: [] };
  const team = row.parent.team;
  return { parent: row.parent, roles: row.roles.map((cells) => rowOf(cells[0] ?? team, cells[1], read.own, cells, 2) as unknown as RoleRow) };
}

/**
 * A row from a list of cells: the key, then the own fields in `own`'s order from cell `from`
 * on; typed by the caller as the full row. Runs once per flow (a role has ~75): read in
 * place, not from a copy of the list's rest (an array per flow for the collector).
 */
function rowOf(team: string, id: string, own: cypher.Columns, cells: readonly unknown[], from: number): Record<string, unknown> {
  const fields: Record<string, unknown> = { team, id };
  for (let i = 0; i < own.length; i++) fields[(own[i] as readonly [string, string])[0]] = cells[from + i];
  return fields;
}

/** The fewest role-to-role boundaries (A produces what B consumes) from one role to another, as Role rows. */
export async function contextChain(db: Db, team: string, from: string, to: string, roleFields: cypher.RowFields = "all"): Promise<RoleRow[] | null> {
  if (from === to) {
    const [found] = await db.run<{ row: RoleRow }>(cypher.roleByKey(team, from, roleFields));
    return found ? [found.row] : null;
  }
  const [row] = await db.run<{ chain: RoleRow[] }>(cypher.contextChain(team, from, to, roleFields));
  if (!row) return null;
  return row.chain.filter((r, i) => i === 0 || r.id !== row.chain[i - 1]?.id);
}

export type { Key };
