import type { Context } from "../context.ts";
import { z } from "zod";
import { loadByKeys, type Label, type Rows } from "../db/entities.ts";

/** A dataloader `load` for one label: missing keys become errors on just those fields. */
export function loader<L extends Label>(label: L): (keys: string[], ctx: Context) => Promise<(Rows[L] | Error)[]> {
  return async (keys, ctx) =>
    (await loadByKeys(ctx.db, label, keys)).map((row, i) => row ?? new Error(`no ${label.toLowerCase()} '${keys[i]?.split("|")[1]}'`));
}

/** Traversal depth arguments: bounded, so a query cannot ask Neo4j for an unbounded expansion. */
export const depthSchema = z.number().int().min(0).max(10);

// Built once, outside the `loadableObject` calls: an inline generic call there defeats
// Pothos' inference of the object's shape.
export const loadTeams = loader("Team");
export const loadStages = loader("Stage");
export const loadRoles = loader("Role");
export const loadArtifacts = loader("Artifact");
export const loadAgents = loader("Agent");
export const loadContracts = loader("Contract");
export const loadWorkflows = loader("Workflow");
