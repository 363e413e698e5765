import { rowLiteral } from "../../graph/entities/descriptor.ts";
import { ARTIFACT, ROLE } from "../../graph/entities/descriptors.ts";
import { name, statement, type Statement } from "./statement.ts";

/**
 * References across teams (shared/spec/integration.md), as the import and delete keep them.
 *
 * A reference to another team's artifact or role is the same relationship as one inside a
 * team, straight to the other team's node: `(:Role)-[:CONSUMES]->(:Artifact {team: other})`.
 * Every read (consumers, impact, lineage, the context chain) then crosses teams with no extra
 * hop and no change. While the other side is missing, the relationship points at a
 * placeholder keyed by what it names, `(:Unresolved {team, kind, id})`; when that team
 * imports the node, its import moves the relationships over (by key, in its transaction:
 * the referencing team is never re-imported), and when a node other teams reference is
 * removed (an import or a team delete), its incoming references move back to a placeholder.
 *
 * `(:Inbox {id: team})` (no `team` property: it belongs to no team) serializes the two sides,
 * as a readers-writer lock: an import or delete of a team takes its own inbox exclusively
 * (it resolves and detaches references to the team), and an import takes the inbox of every
 * team it references shared (it links to that team's nodes or placeholders), all in sorted
 * order (one lock order: no deadlock between imports). So a placeholder made by one import
 * is never missed by the other side's resolution, and a node is never deleted under a new
 * reference; imports that only reference the same team run side by side (they used to wait
 * for each other: two imports at a time of the L organisation spent ~40% of their time there).
 */

/** What a qualified reference may name, and the relationships that can point there from another team. */
export const CROSS_TEAM_TYPES = {
  Artifact: ["CONSUMES", "READS", "DERIVED_FROM"],
  Role: ["TO"],
} as const;
export type CrossTeamLabel = keyof typeof CROSS_TEAM_TYPES;
export const isCrossTeamLabel = (label: string): label is CrossTeamLabel => label in CROSS_TEAM_TYPES;

const kind = (label: CrossTeamLabel): CrossTeamLabel => {
  if (!isCrossTeamLabel(label)) throw new Error(`no cross-team references to '${String(label)}'`);
  return label;
};

/**
 * The inbox locks of `own` (exclusive; null for none) and of the teams it `references`
 * (shared), one statement each in sorted order, to be sent at once and run in that order.
 * Shared: a MERGE that finds the inbox holds a shared lock on its unique index entry to the
 * end of the transaction. Exclusive: setting the unique key again (REMOVE then SET) takes the
 * entry's exclusive lock, which waits for every shared holder and keeps new ones waiting.
 * (Neo4j 5 kernel locking; test/inbox-locks.test.ts holds it to that on the real server.)
 * The first MERGE of an inbox creates it, under the entry's exclusive lock.
 */
export const lockInboxes = (own: string | null, references: readonly string[]): Statement[] =>
  [...new Set([...(own === null ? [] : [own]), ...references])].sort().map((team) => team === own
    ? statement("MERGE (i:Inbox {id: $inbox.id}) WITH i REMOVE i.id SET i.id = $inbox.id", { inbox: { id: team } })
    : statement("MERGE (:Inbox {id: $inbox.id})", { inbox: { id: team } }));

/**
 * The element id each foreign target resolves to: the node when it exists, else its
 * placeholder (made when missing). Rows come back in target order.
 */
export const resolveTargets = (label: CrossTeamLabel, targets: { team: string; id: string }[]): Statement =>
  statement(`UNWIND $targets AS t
     OPTIONAL MATCH (n:${name(kind(label))} {team: t.team, id: t.id})
     FOREACH (_ IN CASE WHEN n IS NULL THEN [1] ELSE [] END | MERGE (:Unresolved {team: t.team, kind: $kind, id: t.id}))
     WITH t, n
     OPTIONAL MATCH (u:Unresolved {team: t.team, kind: $kind, id: t.id}) WHERE n IS NULL
     RETURN t.team AS team, t.id AS id, elementId(coalesce(n, u)) AS eid`, { targets, kind: label });

/**
 * The references other teams hold to nodes that are about to go (an import removing them,
 * a team deleted), as broken flows: with `move`, each moves to the placeholder of what it
 * named, so it resolves again if the node comes back. Without, it only reports (dry run).
 */
export const detachIncoming = (label: CrossTeamLabel, type: string, ids: string[], move: boolean): Statement => {
  if (!(CROSS_TEAM_TYPES[kind(label)] as readonly string[]).includes(type)) throw new Error(`no cross-team ${type} to ${label}`);
  const target = label === "Artifact" ? rowLiteral(ARTIFACT, "n") : rowLiteral(ROLE, "n");
  return statement(`MATCH (n:${name(label)}) WHERE elementId(n) IN $ids
     MATCH (s)-[r:${name(type)}]->(n) WHERE s.team <> n.team
     WITH n, s, r, ${target} AS target, labels(s)[0] AS sourceLabel, properties(r) AS props
     ${move ? `MERGE (u:Unresolved {team: n.team, kind: $kind, id: n.id})
     CREATE (s)-[moved:${name(type)}]->(u) SET moved = props
     DELETE r` : ""}
     RETURN s.team AS team, sourceLabel, s.id AS source, ${type === "CONSUMES" ? rowLiteral(ROLE, "s") : "null"} AS sourceRow,
            target, props.cadence AS cadence, props.stage AS stage
     ORDER BY team, source`, { ids, kind: label });
};

/**
 * Moves the references waiting on placeholders of `team` to the team's nodes that now exist
 * (one statement per relationship type), then removes the placeholders left with nothing.
 */
export const resolvePending = (team: string): Statement[] => [
  ...Object.entries(CROSS_TEAM_TYPES).flatMap(([label, types]) => types.map((type) =>
    statement(`MATCH (u:Unresolved {team: $team, kind: $kind}) MATCH (n:${name(label)} {team: $team, id: u.id})
       MATCH (s)-[r:${name(type)}]->(u)
       CREATE (s)-[moved:${name(type)}]->(n) SET moved = properties(r)
       DELETE r`, { team, kind: label }))),
  statement("MATCH (u:Unresolved {team: $team}) WHERE NOT EXISTS { (u)<--() } DELETE u", { team }),
];

/** Placeholders nothing points at any more (their referencing team was deleted): gone. */
export const removeOrphanPlaceholders = (): Statement =>
  statement("MATCH (u:Unresolved) WHERE NOT EXISTS { (u)<--() } DELETE u");
