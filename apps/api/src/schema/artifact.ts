import { builder } from "../builder.ts";
import { keyOf, listByTeam } from "../db/entities.ts";
import { lineage } from "../db/relations.ts";
import { depthSchema, loadArtifacts } from "./load.ts";
import { Stage, stageKey } from "./stage.ts";
import { Team } from "./team.ts";

export const Artifact = builder.loadableObject("Artifact", {
  description: "A context product that roles produce and consume",
  load: loadArtifacts,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The artifact's id within its team (e.g. problem-brief), as in the team file" }),
    name: t.exposeString("name", { description: "The artifact's display name" }),
    format: t.string({ nullable: true, description: "Its expected shape in words (e.g. markdown: problem, evidence, rationale); null when not stated", resolve: (a) => a.format }),
    sourceOfTruth: t.string({ nullable: true, description: "Where the current version lives", resolve: (a) => a.sourceOfTruth }),
    external: t.exposeBoolean("external", { description: "An input from outside the team; needs no producer" }),
    published: t.exposeBoolean("published", { description: "Part of the team's interface: what other teams may rely on" }),
  }),
});

for (const direction of ["upstream", "downstream"] as const) {
  builder.objectField(Artifact, direction, (t) =>
    t.loadableList({
      type: Artifact,
      description: direction === "upstream" ? "What this is derived from (derivedFrom lineage)" : "What is derived from this",
      byPath: true,
      args: { depth: t.arg.int({ defaultValue: 1, validate: depthSchema, description: direction === "upstream" ? "How many derivedFrom steps upstream to follow (0-10, default 1: direct sources only)" : "How many derivedFrom steps downstream to follow (0-10, default 1: direct derivatives only)" }) },
      load: (keys: string[], ctx, args) => lineage(ctx.db, direction, args.depth ?? 1, keys),
      resolve: (a) => keyOf(a),
    }));
}

builder.objectFields(Team, (t) => ({
  artifacts: t.field({ type: [Artifact], description: "Every artifact of the team, external inputs included, in team-file order", resolve: (team, _a, ctx) => listByTeam(ctx.db, "Artifact", team.id) }),
  artifact: t.field({
    type: Artifact,
    nullable: true,
    description: "One of the team's artifacts by id; null when the team has no such artifact",
    args: { id: t.arg.id({ required: true, description: "The artifact's id within this team" }) },
    resolve: (team, args, ctx) => ctx.loaders.lookup("Artifact", keyOf({ team: team.id, id: String(args.id) })),
  }),
}));

builder.objectField(Stage, "output", (t) =>
  t.field({ type: Artifact, nullable: true, description: "The artifact this stage must yield", resolve: (s) => stageKey(s.team, s.output) }));
