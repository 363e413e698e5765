import { rowColumns, rowLiteral } from "../../graph/entities/descriptor.ts";
import { ARTIFACT, ROLE, STAGE } from "../../graph/entities/descriptors.ts";
import type { Key } from "../keys.ts";
import { statement, type Statement } from "./statement.ts";

/**
 * One-to-many reads, each batched over many parent keys (one statement per request and field,
 * whatever the number of parents). Rows of related entities come inline, in the entity
 * loaders' shapes, so they resolve without another round trip each.
 */

// Entity rows inline, in the loaders' shapes (entities.ts): a Flow's role, artifact and stage
// then resolve without another round trip each (bench/: one query per level of a request).
// Their fields are the descriptors' row fields (graph/entities/descriptors.ts).
const OWN_FIELDS = { Role: ROLE, Artifact: ARTIFACT } as const;
export type RowLabel = keyof typeof OWN_FIELDS;
/**
 * Which of an entity's own fields its rows carry besides the key (team, id): all of them, or
 * the ones an operation reads (schema/selected.ts). A row read for an operation is typed as
 * the full row, and holds every field that operation can read from it.
 */
export type RowFields = ReadonlySet<string> | "all";
/** The own fields a row carries, as [name, Cypher expression for variable v]; names come from OWN_FIELDS only. */
export function ownFields(label: RowLabel, v: string, fields: RowFields): Columns {
  if (fields === "all") return rowColumns(OWN_FIELDS[label], v);
  // Per operation the set is the same object (selected.ts): filtered once per text, not per request.
  let bySet = selected.get(fields);
  if (!bySet) selected.set(fields, (bySet = new Map()));
  const key = `${label} ${v}`;
  let own = bySet.get(key);
  if (!own) bySet.set(key, (own = rowColumns(OWN_FIELDS[label], v).filter(([name]) => fields.has(name))));
  return own;
}
/** Own fields as [name, Cypher expression]. */
export type Columns = readonly (readonly [string, string])[];
const selected = new WeakMap<ReadonlySet<string>, Map<string, Columns>>();
function row(label: RowLabel, v: string, fields: RowFields): string {
  return `{${[`team: ${v}.team`, `id: ${v}.id`, ...ownFields(label, v, fields).map(([name, value]) => `${name}: ${value}`)].join(", ")}}`;
}
export const roleRow = (r: string, fields: RowFields = "all") => row("Role", r, fields);
const artifactRow = (a: string, fields: RowFields = "all") => row("Artifact", a, fields);
/** A stage row as a map literal over `s`, its output read through `o`. */
const STAGE_ROW = rowLiteral(STAGE, "s", "output: o.id");
// A key's team stages, read once per key rather than once per flow; each flow picks its own.
const STAGES_OF_KEY = `CALL (key) { MATCH (s:Stage {team: key.team}) OPTIONAL MATCH (s)-[:OUTPUT]->(o:Artifact)
  RETURN collect(${STAGE_ROW}) AS stages }`;
// A flow belongs to its role's team (its file), and so does its stage: a consumer of another
// team has no stage row here (null), and the Flow resolver loads it from the role's team.
const flowFields = `r.team AS team, r.id AS role, a.id AS artifact, f.cadence AS cadence, f.stage AS stage,
  ${roleRow("r")} AS roleRow, ${artifactRow("a")} AS artifactRow,
  CASE WHEN r.team = n.team THEN [s IN stages WHERE s.id = f.stage][0] END AS stageRow`;

export type FlowType = "CONSUMES" | "PRODUCES";
const flowType = (type: FlowType): FlowType => {
  if (type !== "CONSUMES" && type !== "PRODUCES") throw new Error(`unknown flow type '${String(type)}'`);
  return type;
};

export const flowsOfRoles = (type: FlowType, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key ${STAGES_OF_KEY} MATCH (n:Role {team: key.team, id: key.id})-[f:${flowType(type)}]->(a:Artifact) WITH n, n AS r, f, a, stages
     RETURN ${flowFields} ORDER BY f.order`, { keys });

export const flowsOfArtifacts = (type: FlowType, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key ${STAGES_OF_KEY} MATCH (n:Artifact {team: key.team, id: key.id})<-[f:${flowType(type)}]-(r:Role) WITH n, r, f, n AS a, stages
     RETURN ${flowFields} ORDER BY r.order, f.order`, { keys });

/**
 * One role or artifact by key with its flows of the given types: one row (the parent, its
 * team's stages, one list per type of [cadence, stage, id, ...the other end's own fields]).
 * Returns the statement and the other end's own fields, in the order the lists carry them.
 */
export function withFlows(parent: "Role" | "Artifact", types: readonly FlowType[], key: Key,
  options: { stages: boolean; other: RowFields; own?: RowFields }): { statement: Statement; own: Columns } {
  const own = ownFields(parent === "Role" ? "Artifact" : "Role", "x", options.other);
  const text = textFor(own, ownFields(parent, "n", options.own ?? "all"), `${parent} ${types.join(",")} ${options.stages}`,
    () => withFlowsText(parent, types, options, own));
  return { own, statement: statement(text, { key }) };
}

/**
 * A statement text per shape, built once: the field sets are the same objects for every
 * request sending one text (schema/selected.ts, ownFields), so a point read finds its text
 * by identity and a short key instead of joining it again per request.
 */
function textFor(other: Columns, own: Columns, shape: string, build: () => string): string {
  let byOwn = texts.get(other);
  if (!byOwn) texts.set(other, (byOwn = new WeakMap()));
  let byShape = byOwn.get(own);
  if (!byShape) byOwn.set(own, (byShape = new Map()));
  let text = byShape.get(shape);
  if (text === undefined) byShape.set(shape, (text = build()));
  return text;
}
const texts = new WeakMap<Columns, WeakMap<Columns, Map<string, string>>>();

function withFlowsText(parent: "Role" | "Artifact", types: readonly FlowType[], options: { stages: boolean; own?: RowFields }, own: Columns): string {
  // One list per flow, [cadence, stage, id, ...own fields], and one COLLECT per type: maps
  // with their keys, and a type name on every row, cost Neo4j and the driver a sixth more on
  // a role's ~75 flows. The other end's team is null when it is the parent's, as all but the
  // flows across teams are (integration.md): nulls cost less to send than the same text again.
  const cells = ["f.cadence", "f.stage", "CASE WHEN x.team = n.team THEN null ELSE x.team END", "x.id", ...own.map(([, value]) => value)].join(", ");
  const collect = (type: FlowType) => parent === "Role"
    ? `COLLECT { MATCH (n)-[f:${flowType(type)}]->(x:Artifact) WITH f, x ORDER BY f.order RETURN [${cells}] } AS ${type}`
    : `COLLECT { MATCH (n)<-[f:${flowType(type)}]-(x:Role) WITH f, x ORDER BY x.order, f.order RETURN [${cells}] } AS ${type}`;
  return `MATCH (n:${parent} {team: $key.team, id: $key.id})
     RETURN ${parent === "Role" ? roleRow("n", options.own) : artifactRow("n", options.own)} AS parent,
       ${options.stages ? `COLLECT { MATCH (s:Stage {team: $key.team}) OPTIONAL MATCH (s)-[:OUTPUT]->(o:Artifact)
         RETURN ${STAGE_ROW} }` : "[]"} AS stages,
       ${types.map(collect).join(", ")}`;
}

export const engagementsOfRoles = (keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (r:Role {team: key.team, id: key.id})-[e:ENGAGED_IN]->(s:Stage)
     RETURN r.team AS team, r.id AS role, s.id AS stage, e.engagement AS engagement ORDER BY s.order`, { keys });

export const matrixOfTeam = (team: string): Statement =>
  statement(`MATCH (r:Role {team: $team})-[e:ENGAGED_IN]->(s:Stage)
     RETURN r.team AS team, r.id AS role, s.id AS stage, e.engagement AS engagement ORDER BY r.order, s.order`, { team });

export const leadsOfStages = (keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (s:Stage {team: key.team, id: key.id})<-[:ENGAGED_IN {engagement: "lead"}]-(r:Role)
     RETURN s.team AS team, s.id AS stage, r.id AS role ORDER BY r.order`, { keys });

/** A pattern between parents and children: labels, the path between them, and the order of children. Our constants only. */
export interface IdsPattern { parent: string; child: string; path: string; order?: string }

export const idsOf = (pattern: IdsPattern, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (p:${pattern.parent} {team: key.team, id: key.id})${pattern.path}(c:${pattern.child})
     RETURN DISTINCT p.team AS team, p.id AS parent, c.team AS childTeam, c.id AS id, c.order AS o ORDER BY ${pattern.order ?? "o, id"}`, { keys });

const depthOf = (depth: number): number => {
  if (!Number.isInteger(depth) || depth < 0) throw new Error(`depth must be a whole number, got ${depth}`);
  return depth;
};

/** derivedFrom lineage up to `depth` steps: upstream = sources, downstream = what is made from it. */
export const lineagePattern = (direction: "upstream" | "downstream", depth: number): IdsPattern => ({
  parent: "Artifact", child: "Artifact",
  path: direction === "upstream" ? `-[:DERIVED_FROM*1..${depthOf(depth)}]->` : `<-[:DERIVED_FROM*1..${depthOf(depth)}]-`,
});

export const impactedRoles = (depth: number, keys: Key[]): Statement =>
  statement(`UNWIND $keys AS key MATCH (p:Artifact {team: key.team, id: key.id})<-[:DERIVED_FROM*0..${depthOf(depth)}]-(:Artifact)<-[:CONSUMES]-(c:Role)
     WITH DISTINCT p, c ORDER BY c.order, c.id
     RETURN p.team + "|" + p.id AS parent, ${roleRow("c")} AS row`, { keys });

/** One artifact with the roles it impacts as lists, [team when another, id, ...own fields], as a role's flows. */
export function artifactWithImpacted(depth: number, key: Key, fields: { own?: RowFields; roles?: RowFields }): { statement: Statement; own: Columns } {
  const own = ownFields("Role", "c", fields.roles ?? "all");
  const text = textFor(own, ownFields("Artifact", "p", fields.own ?? "all"), `impacted ${depthOf(depth)}`, () => `MATCH (p:Artifact {team: $key.team, id: $key.id})
     RETURN ${artifactRow("p", fields.own)} AS parent,
       COLLECT { MATCH (p)<-[:DERIVED_FROM*0..${depthOf(depth)}]-(:Artifact)<-[:CONSUMES]-(c:Role) WITH DISTINCT c ORDER BY c.order, c.id
         RETURN [${["CASE WHEN c.team = p.team THEN null ELSE c.team END", "c.id", ...own.map(([, value]) => value)].join(", ")}] } AS roles`);
  return { own, statement: statement(text, { key }) };
}

export const roleByKey = (team: string, from: string, roleFields: RowFields): Statement =>
  statement(`MATCH (r:Role {team: $team, id: $from}) RETURN ${roleRow("r", roleFields)} AS row`, { team, from });

/** The fewest role-to-role boundaries (A produces what B consumes) from one role to another. */
export const contextChain = (team: string, from: string, to: string, roleFields: RowFields): Statement =>
  statement(`MATCH p = SHORTEST 1 (a:Role {team: $team, id: $from})
       ((:Role)-[:PRODUCES]->(:Artifact)<-[:CONSUMES]-(:Role)){1,20}
       (b:Role {team: $team, id: $to})
     RETURN [n IN nodes(p) WHERE n:Role | ${roleRow("n", roleFields)}] AS chain`, { team, from, to });
