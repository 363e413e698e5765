import type { Db } from "./driver.ts";
import * as cypher from "./cypher/entities.ts";
import type { Label } from "./cypher/entities.ts";
import { keyOf, parseKey, type Key } from "./keys.ts";

export { keyOf, parseKey, type Key } from "./keys.ts";
export type { Label } from "./cypher/entities.ts";

/**
 * Reads of single entities, by key or by team: each label has one projection, used both
 * for batched loads (dataloaders: one query per label per request) and for listings.
 */
export interface TeamRow { team: string; id: string; name: string; description: string | null; lint: string | null }
export interface StageRow { team: string; id: string; name: string; question: string | null; order: number; output: string | null }
export interface RoleRow { team: string; id: string; name: string; purpose: string | null; owner: string | null }
export interface ArtifactRow { team: string; id: string; name: string; format: string | null; sourceOfTruth: string | null; external: boolean }
export interface AgentRow {
  team: string; id: string; name: string; role: string; access: string; mode: string | null; process: string | null;
  oversight: string | null; blastRadius: string | null; guardrails: string[]; serviceLevel: string | null; auditTrail: string | null;
  errorTolerance: string | null; toolSpan: string | null; independence: string | null; inputs: string[]; outputs: string[];
}
export interface GateRow { id: string; text: string; checkable: boolean; check: string | null }
export interface RequirementRow { field: string; type: string; description: string | null }
export interface ContractRow {
  team: string; id: string; name: string | null; from: string; to: string; fromStage: string; toStage: string; loop: boolean;
  carries: string[]; gates: GateRow[]; requires: RequirementRow[];
  acknowledgeWithinHours: number | null; nextStageWithinHours: number | null;
}
export interface WorkflowRow { team: string; id: string; name: string | null; role: string; stage: string; trigger: string | null; handoff: string | null; steps: { name: string; does: string | null; reads: string[]; writes: string[]; agents: string[] }[] }

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
