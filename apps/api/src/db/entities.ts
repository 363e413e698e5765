import type { Db } from "./driver.ts";
import type { EntityDescriptor, OwnRow } from "../graph/entities/descriptor.ts";
import type { AGENT, ARTIFACT, CONTRACT, GATE, REQUIREMENT, ROLE, STAGE, STEP, TEAM, WORKFLOW } from "../graph/entities/descriptors.ts";
import * as cypher from "./cypher/entities.ts";
import type { Label } from "./cypher/entities.ts";
import { keyOf, parseKey, type Key } from "./keys.ts";

export { keyOf, parseKey, type Key } from "./keys.ts";
export type { Label } from "./cypher/entities.ts";

/**
 * Reads of single entities, by key or by team: each label has one projection, used both
 * for batched loads (dataloaders: one query per label per request) and for listings.
 * Rows carry their key and their descriptor's row fields (graph/entities/descriptors.ts), then what they read through relationships.
 */
type Keyed<D extends EntityDescriptor> = Key & OwnRow<D>;
export type TeamRow = Keyed<typeof TEAM>;
export type StageRow = Keyed<typeof STAGE> & { output: string | null };
export type RoleRow = Keyed<typeof ROLE>;
export type ArtifactRow = Keyed<typeof ARTIFACT>;
export type AgentRow = Keyed<typeof AGENT> & { role: string; inputs: string[]; outputs: string[] };
export type GateRow = OwnRow<typeof GATE>;
export type RequirementRow = OwnRow<typeof REQUIREMENT>;
export type ContractRow = Keyed<typeof CONTRACT> & {
  from: string; to: string; fromStage: string; toStage: string; carries: string[]; gates: GateRow[]; requires: RequirementRow[];
};
export type StepRow = OwnRow<typeof STEP> & { reads: string[]; writes: string[]; agents: string[] };
export type WorkflowRow = Keyed<typeof WORKFLOW> & { role: string; stage: string; handoff: string | null; steps: StepRow[] };

export interface Rows { Team: TeamRow; Stage: StageRow; Role: RoleRow; Artifact: ArtifactRow; Agent: AgentRow; Contract: ContractRow; Workflow: WorkflowRow }

/** Loads entities by key, in key order (null where missing): the shape dataloaders need. */
export async function loadByKeys<L extends Label>(db: Db, label: L, keys: readonly string[]): Promise<(Rows[L] | null)[]> {
  const rows = await db.run(cypher.entitiesByKeys(label, keys.map(parseKey)));
  const byKey = new Map(rows.map((r) => [keyOf(r as unknown as Key), r as unknown as Rows[L]]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** All entities of one label in a team, in document order. */
export async function listByTeam<L extends Label>(db: Db, label: L, team: string): Promise<Rows[L][]> {
  const rows = await db.run(cypher.entitiesOfTeam(label, team));
  return rows as unknown as Rows[L][];
}
