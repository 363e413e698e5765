import { z } from "zod";

/**
 * What the composition map draws, as the API sends it (Team.composition) and the explorer
 * reads it: one shape in both, so neither side guesses.
 */
export const NODE_KINDS = ["role", "artifact", "agent", "contract"] as const;
export const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;

export const EDGE_KINDS = ["produces", "consumes", "reads", "writes", "derived-from", "owns", "handoff"] as const;
export const EdgeKindSchema = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKindSchema>;

export const GapCountsSchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
export type GapCounts = z.infer<typeof GapCountsSchema>;

export const CompositionNodeSchema = z.object({
  /** Unique in the map: `${kind}:${entityId}`. */
  id: z.string(),
  kind: NodeKindSchema,
  entityId: z.string(),
  label: z.string(),
  /** The swimlane: the stage the node belongs to most (first lead stage, first flow stage, ...). */
  stage: z.string().nullable(),
  /** Roles: stage id -> lead | support | consult. */
  engagement: z.record(z.string(), z.string()).optional(),
  /** Kind-specific facts worth drawing: agent access, artifact external, contract gate count. */
  data: z.record(z.string(), z.unknown()).default({}),
  /**
   * Findings of the gap report about this node, by severity. The API never sends them (the map
   * does not wait for the rules): a client adds them from the report with badgeCounts().
   */
  gaps: GapCountsSchema.optional(),
  /** Distance from the focus (0 = the focus itself); absent when there is no focus. */
  distance: z.number().int().optional(),
});
export type CompositionNode = z.infer<typeof CompositionNodeSchema>;

export const CompositionEdgeSchema = z.object({
  id: z.string(),
  kind: EdgeKindSchema,
  source: z.string(),
  target: z.string(),
  cadence: z.string().nullable().optional(),
  stage: z.string().nullable().optional(),
  label: z.string().nullable().optional(),
  /** Handoff edges: the contract's gate count and the state of its latest handoff. */
  contract: z
    .object({ id: z.string(), gates: z.number().int(), checkable: z.number().int(), lastPassed: z.boolean().nullable() })
    .optional(),
});
export type CompositionEdge = z.infer<typeof CompositionEdgeSchema>;
