import { builder } from "../builder.ts";
import type { Composition as CompositionShape } from "../composition/build.ts";
import { teamComposition } from "../services/composition.ts";
import { depthSchema } from "./load.ts";
import { Team } from "./team.ts";

export const Composition = builder.objectRef<CompositionShape>("Composition").implement({
  description: "Nodes and edges ready for a map (shapes: packages/schema/src/composition.ts), with what filters left out; no gap badges (count them from Team.gapReport)",
  fields: (t) => ({
    nodes: t.field({ type: ["JSON"], description: "The map's nodes left after the stage and focus filters, each a CompositionNode object (id such as artifact:problem-brief, kind, entityId, label, stage, data)", resolve: (c) => c.nodes }),
    edges: t.field({ type: ["JSON"], description: "The edges between the returned nodes, each a CompositionEdge object (id, kind, source and target node ids)", resolve: (c) => c.edges }),
    totalNodes: t.exposeInt("totalNodes", { description: "Nodes in the whole team, before stage and focus filters" }),
    totalEdges: t.exposeInt("totalEdges", { description: "Edges in the whole team, before stage and focus filters" }),
    focus: t.string({ nullable: true, description: "The node id the focus resolved to", resolve: (c) => c.focus }),
  }),
});

builder.objectField(Team, "composition", (t) =>
  t.field({
    type: Composition,
    description: "The composition map in one round trip: roles, artifacts, agents and contracts, flows and handoffs",
    args: {
      stage: t.arg.id({ description: "Only what takes part in this stage" }),
      focus: t.arg.id({ description: "A node id (artifact:problem-brief) or entity id; keeps its neighbourhood" }),
      depth: t.arg.int({ defaultValue: 2, validate: depthSchema, description: "Edges from the focus (0-10)" }),
    },
    complexity: 20,
    // Never waits for the gap report: the map is drawn from the team graph alone, and a client
    // puts badges on it from Team.gapReport (badgeCounts in @rolegraph/schema) when that answers.
    resolve: (team, args, ctx) =>
      teamComposition(ctx.db, team.id, {
        stage: args.stage ? String(args.stage) : null,
        focus: args.focus ? String(args.focus) : null,
        depth: args.depth ?? 2,
      }),
  }));
