import type { Db } from "./driver.ts";
import { keyOf, parseKey, type ArtifactRow, type Key, type RoleRow, type StageRow } from "./entities.ts";

/**
 * One-to-many reads, each batched over many parent keys (one query per request and field,
 * whatever the number of parents), returning one group per key in key order.
 */
export interface FlowRow {
  team: string; role: string; artifact: string; cadence: string | null; stage: string | null;
  /** The flow's role, artifact and stage as the entity loaders return them, read in the same query. */
  roleRow: RoleRow; artifactRow: ArtifactRow;
  /** Null when the stage is unknown; undefined when the query did not read stage rows. */
  stageRow: StageRow | null | undefined;
}
export interface EngagementRow { team: string; role: string; stage: string; engagement: string }

async function grouped<T>(db: Db, cypher: string, keys: readonly string[], groupOf: (row: T) => string, params = {}): Promise<T[][]> {
  const rows = await db.query(cypher, { keys: keys.map(parseKey), ...params });
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows as unknown as T[]) groups.get(groupOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

// Entity rows inline, in the loaders' shapes (entities.ts): a Flow's role, artifact and stage
// then resolve without another round trip each (bench/: one query per level of a request).
const OWN_FIELDS = {
  Role: { name: (v: string) => `${v}.name`, purpose: (v: string) => `${v}.purpose`, owner: (v: string) => `${v}.owner` },
  Artifact: {
    name: (v: string) => `${v}.name`, format: (v: string) => `${v}.format`,
    sourceOfTruth: (v: string) => `${v}.sourceOfTruth`, external: (v: string) => `coalesce(${v}.external, false)`,
  },
} as const;
/**
 * Which of an entity's own fields its rows carry besides the key (team, id): all of them, or
 * the ones an operation reads (schema/selected.ts). A row read for an operation is typed as
 * the full row, and holds every field that operation can read from it.
 */
export type RowFields = ReadonlySet<string> | "all";
/** The own fields a row carries, as [name, Cypher expression for variable v]; names come from OWN_FIELDS only. */
function ownFields(label: keyof typeof OWN_FIELDS, v: string, fields: RowFields): [string, string][] {
  return Object.entries(OWN_FIELDS[label]).filter(([name]) => fields === "all" || fields.has(name)).map(([name, value]) => [name, value(v)]);
}
function row(label: keyof typeof OWN_FIELDS, v: string, fields: RowFields): string {
  return `{${[`team: ${v}.team`, `id: ${v}.id`, ...ownFields(label, v, fields).map(([name, value]) => `${name}: ${value}`)].join(", ")}}`;
}
export const roleRow = (r: string, fields: RowFields = "all") => row("Role", r, fields);
const artifactRow = (a: string, fields: RowFields = "all") => row("Artifact", a, fields);
// A key's team stages, read once per key rather than once per flow; each flow picks its own.
const STAGES_OF_KEY = `CALL (key) { MATCH (s:Stage {team: key.team}) OPTIONAL MATCH (s)-[:OUTPUT]->(o:Artifact)
  RETURN collect({team: s.team, id: s.id, name: s.name, question: s.question, order: s.order, output: o.id}) AS stages }`;
const flowFields = `n.team AS team, r.id AS role, a.id AS artifact, f.cadence AS cadence, f.stage AS stage,
  ${roleRow("r")} AS roleRow, ${artifactRow("a")} AS artifactRow, [s IN stages WHERE s.id = f.stage][0] AS stageRow`;

export const flowsOfRoles = (db: Db, type: "CONSUMES" | "PRODUCES", keys: readonly string[]) =>
  grouped<FlowRow>(db,
    `UNWIND $keys AS key ${STAGES_OF_KEY} MATCH (n:Role {team: key.team, id: key.id})-[f:${type}]->(a:Artifact) WITH n, n AS r, f, a, stages
     RETURN ${flowFields} ORDER BY f.order`, keys, (f) => keyOf({ team: f.team, id: f.role }));

type FlowType = "CONSUMES" | "PRODUCES";

/**
 * One role or artifact by key with its flows of the given types, in one query: what
 * `role(id) { consumes produces }` and `artifact(id) { consumers }` ask for. One row comes
 * back (the parent, its team's stages, its flows as a list), not a row per flow repeating
 * the parent: a role has ~75 flows in the L bench and decoding the repeats cost more than
 * the query. The parent is null when it does not exist; rows have the loaders' shapes.
 */
export async function withFlows<P extends "Role" | "Artifact">(db: Db, parent: P, types: readonly FlowType[], key: string,
  options: { stages: boolean; other: RowFields; own?: RowFields } = { stages: true, other: "all" }):
  Promise<{ parent: (P extends "Role" ? RoleRow : ArtifactRow) | null; flows: Record<FlowType, FlowRow[]> }> {
  const other = parent === "Role" ? "Artifact" : "Role";
  const own = ownFields(other, "x", options.other);
  // One list per flow, [cadence, stage, id, ...own fields], and one COLLECT per type: maps
  // with their keys, and a type name on every row, cost Neo4j and the driver a sixth more on
  // a role's ~75 flows. The other end's team is the parent's: an import relates its own nodes.
  const cells = ["f.cadence", "f.stage", "x.id", ...own.map(([, value]) => value)].join(", ");
  const collect = (type: FlowType) => parent === "Role" // FlowType values only, never input
    ? `COLLECT { MATCH (n)-[f:${type}]->(x:Artifact) WITH f, x ORDER BY f.order RETURN [${cells}] } AS ${type}`
    : `COLLECT { MATCH (n)<-[f:${type}]-(x:Role) WITH f, x ORDER BY x.order, f.order RETURN [${cells}] } AS ${type}`;
  type Cells = [string | null, string | null, string, ...unknown[]];
  const [row] = await db.query<{ parent: RoleRow & ArtifactRow; stages: StageRow[] } & Partial<Record<FlowType, Cells[]>>>(
    `MATCH (n:${parent} {team: $key.team, id: $key.id})
     RETURN ${parent === "Role" ? roleRow("n", options.own) : artifactRow("n", options.own)} AS parent,
       ${options.stages ? `COLLECT { MATCH (s:Stage {team: $key.team}) OPTIONAL MATCH (s)-[:OUTPUT]->(o:Artifact)
         RETURN {team: s.team, id: s.id, name: s.name, question: s.question, order: s.order, output: o.id} }` : "[]"} AS stages,
       ${types.map(collect).join(", ")}`,
    { key: parseKey(key) });
  const flows: Record<FlowType, FlowRow[]> = { CONSUMES: [], PRODUCES: [] };
  if (!row) return { parent: null, flows };
  const team = row.parent.team;
  const stages = new Map(row.stages.map((s) => [s.id, s]));
  for (const type of types) {
    for (const [cadence, stage, id, ...values] of row[type] ?? []) {
      // Typed as the full row: it holds every field the operation reads (RowFields).
      const end = rowOf(team, id, own, values) as unknown as RoleRow & ArtifactRow;
      const [roleOf, artifactOf] = parent === "Role" ? [row.parent, end] : [end, row.parent];
      flows[type].push({
        team, role: roleOf.id, artifact: artifactOf.id, cadence, stage,
        roleRow: roleOf, artifactRow: artifactOf, stageRow: options.stages ? (stage && stages.get(stage)) || null : undefined,
      });
    }
  }
  return { parent: row.parent, flows };
}

export const flowsOfArtifacts = (db: Db, type: "CONSUMES" | "PRODUCES", keys: readonly string[]) =>
  grouped<FlowRow>(db,
    `UNWIND $keys AS key ${STAGES_OF_KEY} MATCH (n:Artifact {team: key.team, id: key.id})<-[f:${type}]-(r:Role) WITH n, r, f, n AS a, stages
     RETURN ${flowFields} ORDER BY r.order, f.order`, keys, (f) => keyOf({ team: f.team, id: f.artifact }));

export const engagementsOfRoles = (db: Db, keys: readonly string[]) =>
  grouped<EngagementRow>(db,
    `UNWIND $keys AS key MATCH (r:Role {team: key.team, id: key.id})-[e:ENGAGED_IN]->(s:Stage)
     RETURN r.team AS team, r.id AS role, s.id AS stage, e.engagement AS engagement ORDER BY s.order`,
    keys, (e) => keyOf({ team: e.team, id: e.role }));

export async function matrixOfTeam(db: Db, team: string): Promise<EngagementRow[]> {
  return db.query<EngagementRow & Record<string, unknown>>(
    `MATCH (r:Role {team: $team})-[e:ENGAGED_IN]->(s:Stage)
     RETURN r.team AS team, r.id AS role, s.id AS stage, e.engagement AS engagement ORDER BY r.order, s.order`, { team });
}

export const leadsOfStages = (db: Db, keys: readonly string[]) =>
  grouped<{ team: string; stage: string; role: string }>(db,
    `UNWIND $keys AS key MATCH (s:Stage {team: key.team, id: key.id})<-[:ENGAGED_IN {engagement: "lead"}]-(r:Role)
     RETURN s.team AS team, s.id AS stage, r.id AS role ORDER BY r.order`, keys, (l) => keyOf({ team: l.team, id: l.stage }));

/** Ids of related entities: `(parent)-[rel]-(child)` in the given direction, per parent key. */
export function idsOf(db: Db, pattern: { parent: string; child: string; path: string; order?: string }, keys: readonly string[]) {
  return grouped<{ team: string; parent: string; id: string }>(db,
    `UNWIND $keys AS key MATCH (p:${pattern.parent} {team: key.team, id: key.id})${pattern.path}(c:${pattern.child})
     RETURN DISTINCT p.team AS team, p.id AS parent, c.id AS id, c.order AS o ORDER BY ${pattern.order ?? "o, id"}`,
    keys, (r) => keyOf({ team: r.team, id: r.parent })).then((groups) => groups.map((g) => g.map((r) => keyOf({ team: r.team, id: r.id }))));
}

/** derivedFrom lineage up to `depth` steps: upstream = sources, downstream = what is made from it. */
export function lineage(db: Db, direction: "upstream" | "downstream", depth: number, keys: readonly string[]) {
  const path = direction === "upstream" ? `-[:DERIVED_FROM*1..${depth}]->` : `<-[:DERIVED_FROM*1..${depth}]-`;
  return idsOf(db, { parent: "Artifact", child: "Artifact", path }, keys);
}

/** Roles that consume the artifact or anything derived from it within `depth` steps, as Role rows. */
export function impactedRoles(db: Db, depth: number, keys: readonly string[]): Promise<RoleRow[][]> {
  return grouped<{ parent: string; row: RoleRow }>(db,
    `UNWIND $keys AS key MATCH (p:Artifact {team: key.team, id: key.id})<-[:DERIVED_FROM*0..${depth}]-(:Artifact)<-[:CONSUMES]-(c:Role)
     WITH DISTINCT p, c ORDER BY c.order, c.id
     RETURN p.team + "|" + p.id AS parent, ${roleRow("c")} AS row`, keys, (r) => r.parent).then((groups) => groups.map((g) => g.map((r) => r.row)));
}

/** One artifact by key with its impacted roles, in one query: `artifact(id) { impactedRoles }`; parent null when missing. */
export async function artifactWithImpacted(db: Db, depth: number, key: string, fields: { own?: RowFields; roles?: RowFields } = {}):
  Promise<{ parent: ArtifactRow | null; roles: RoleRow[] }> {
  const own = ownFields("Role", "c", fields.roles ?? "all");
  // Roles as lists, [id, ...own fields], as a role's flows (withFlows).
  const [row] = await db.query<{ parent: ArtifactRow; roles: [string, ...unknown[]][] }>(
    `MATCH (p:Artifact {team: $key.team, id: $key.id})
     RETURN ${artifactRow("p", fields.own)} AS parent,
       COLLECT { MATCH (p)<-[:DERIVED_FROM*0..${depth}]-(:Artifact)<-[:CONSUMES]-(c:Role) WITH DISTINCT c ORDER BY c.order, c.id
         RETURN [${["c.id", ...own.map(([, value]) => value)].join(", ")}] } AS roles`,
    { key: parseKey(key) });
  if (!row) return { parent: null, roles: [] };
  const team = row.parent.team;
  return { parent: row.parent, roles: row.roles.map(([id, ...values]) => rowOf(team, id, own, values) as unknown as RoleRow) };
}

/** A row from a list of cells: the key, then the own fields in `own`'s order; typed by the caller as the full row. */
function rowOf(team: string, id: string, own: [string, string][], values: unknown[]): Record<string, unknown> {
  const fields: Record<string, unknown> = { team, id };
  own.forEach(([name], i) => {
    fields[name] = values[i];
  });
  return fields;
}

/** The fewest role-to-role boundaries (A produces what B consumes) from one role to another, as Role rows. */
export async function contextChain(db: Db, team: string, from: string, to: string, roleFields: RowFields = "all"): Promise<RoleRow[] | null> {
  if (from === to) {
    const [found] = await db.query<{ row: RoleRow }>(`MATCH (r:Role {team: $team, id: $from}) RETURN ${roleRow("r", roleFields)} AS row`, { team, from });
    return found ? [found.row] : null;
  }
  const [row] = await db.query<{ chain: RoleRow[] }>(
    `MATCH p = SHORTEST 1 (a:Role {team: $team, id: $from})
       ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20}
       (b:Role {team: $team, id: $to})
     RETURN [n IN nodes(p) WHERE n:Role | ${roleRow("n", roleFields)}] AS chain`, { team, from, to });
  if (!row) return null;
  return row.chain.filter((r, i) => i === 0 || r.id !== row.chain[i - 1]?.id);
}

export type { Key };
