import type { Context } from "../context.ts";
import { z } from "zod";
import { keyOf, loadByKeys, type Label, type Rows } from "../db/entities.ts";
import { shared } from "./prefetch.ts";

/** A dataloader `load` for one label: missing keys become errors on just those fields. */
export function loader<L extends Label>(label: L): (keys: string[], ctx: Context) => Promise<(Rows[L] | Error)[]> {
  return async (keys, ctx) =>
    (await loadByKeys(ctx.db, label, keys)).map((row, i) => row ?? new Error(`no ${label.toLowerCase()} '${keys[i]?.split("|")[1]}'`));
}

/** A by-id lookup that answers null, not an error, when the id does not exist (shared with a prefetch). */
export function lookup<L extends Label>(ctx: Context, label: L, team: string, id: string): Promise<Rows[L] | null> {
  return lookupKey(ctx, label, keyOf({ team, id }));
}
export function lookupKey<L extends Label>(ctx: Context, label: L, key: string): Promise<Rows[L] | null> {
  return shared(ctx, `lookup:${label}:${key}`, async () => (await loadByKeys(ctx.db, label, [key]))[0] ?? null);
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
