import type { RecordShape } from "neo4j-driver";
import type { EntityLabel } from "../graph/rows.ts";
import type { RuleContext } from "./types.ts";

/**
 * Labels the rules match on. Cypher cannot take a label as a parameter, so rules interpolate
 * these constants (never input); every node pattern also carries `{team: $team}` so the
 * (team, id) constraint and the team index serve each lookup.
 */
export const L = {
  Team: "Team", Stage: "Stage", Role: "Role", Artifact: "Artifact", Agent: "Agent",
  Contract: "Contract", Requirement: "Requirement", Gate: "Gate", Handoff: "Handoff",
} as const satisfies Record<string, EntityLabel | "Handoff">;

/** Runs one parameterized query for the context's team and returns plain row objects. */
export async function rows<R extends RecordShape>(ctx: RuleContext, cypher: string, params: Record<string, unknown> = {}): Promise<R[]> {
  const result = await ctx.tx.run<R>(cypher, { ...params, team: ctx.team });
  return result.records.map((r) => r.toObject());
}

/** How messages name a thing: by its name, with the id people grep for. */
export const named = (thing: { id: string; name?: string | null }) =>
  thing.name && thing.name !== thing.id ? `${thing.name} (${thing.id})` : thing.id;

/** "a", "a and b", "a, b and c". */
export function listing(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sorted, de-duplicated ids, so findings compare and print the same way every run. */
export const ids = (values: Iterable<string | null | undefined>) =>
  [...new Set([...values].filter((v): v is string => typeof v === "string" && v !== ""))].sort();

/**
 * The ends of contract `k` (a variable in scope) as columns: from/to roles and boundary stages.
 * Shared by the contract rules so they describe a contract the same way.
 */
export const CONTRACT_ENDS = `
  head([(k)-[:FROM]->(x:${L.Role} {team: $team}) | {id: x.id, name: x.name}]) AS fromRole,
  head([(k)-[:TO]->(x:${L.Role} {team: $team}) | {id: x.id, name: x.name}]) AS toRole,
  head([(k)-[:FROM_STAGE]->(x:${L.Stage} {team: $team}) | x.id]) AS fromStage,
  head([(k)-[:TO_STAGE]->(x:${L.Stage} {team: $team}) | x.id]) AS toStage`;

export interface Named {
  id: string;
  name?: string | null;
}
export interface ContractEnds {
  fromRole: Named | null;
  toRole: Named | null;
  fromStage: string | null;
  toStage: string | null;
}

/** "from Designer (designer) to Engineer (engineer)"; tolerates a contract whose role was deleted. */
export const between = (c: ContractEnds) =>
  `from ${c.fromRole ? named(c.fromRole) : "?"} to ${c.toRole ? named(c.toRole) : "?"}`;
/** [from, to], in the direction of the handoff. */
export const endRoles = (c: ContractEnds) => [c.fromRole?.id, c.toRole?.id].filter((x): x is string => typeof x === "string");
export const endStages = (c: ContractEnds) => [c.fromStage, c.toStage].filter((x): x is string => typeof x === "string");

/** The owner of agent `g` (a variable in scope) as a column: {id, name, owner} or null. */
export const AGENT_OWNER = `head([(g)<-[:OWNS]-(x:${L.Role} {team: $team}) | {id: x.id, name: x.name, owner: x.owner}]) AS role`;
export type AgentOwner = { role: (Named & { owner?: string | null }) | null };
export const ownerOf = (a: AgentOwner) => (a.role ? [a.role.id] : []);
