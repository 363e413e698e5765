import { builder } from "../builder.ts";
import { selectsOnlyId } from "./prefetch.ts";
import { keyOf } from "../db/entities.ts";
import type { FlowRow } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { idOnlyStage, Stage, stageKey } from "./stage.ts";

/** One line of a role's Context In or Context Out. */
export const Flow = builder.objectRef<FlowRow>("Flow").implement({
  description: "A role producing or consuming an artifact, with cadence and stage",
  fields: (t) => ({
    // The rows came with the flow: no loader round trip (a key would be loaded).
    role: t.field({ type: Role, description: "The role that produces or consumes the artifact", resolve: (f) => f.roleRow ?? keyOf({ team: f.team, id: f.role }) }),
    artifact: t.field({ type: Artifact, description: "The artifact produced or consumed", resolve: (f) => f.artifactRow ?? keyOf({ team: f.team, id: f.artifact }) }),
    // `stage { id }` needs no stage row: the flow knows the id (and nothing else is read from it).
    stage: t.field({
      type: Stage, nullable: true,
      description: "The lifecycle stage at which the flow happens; null when the team file names none",
      resolve: (f, _a, _c, info) => {
        if (f.stageRow !== undefined) return f.stageRow ?? stageKey(f.team, f.stage);
        return f.stage && selectsOnlyId(info.fieldNodes) ? idOnlyStage(f.team, f.stage) : stageKey(f.team, f.stage);
      },
    }),
    cadence: t.string({ nullable: true, description: "How often: continuous, daily, weekly, per-cycle, monthly, quarterly or on-event; null when not stated", resolve: (f) => f.cadence }),
  }),
});

const fields = [
  [Role, "consumes", "CONSUMES", "Context In: what this role consumes"],
  [Role, "produces", "PRODUCES", "Context Out: what this role produces"],
] as const;
// `role(id) { consumes }` and `artifact(id) { consumers }` were usually started with the team,
// with their parent, in one query (schema/prefetch.ts): the loaders hand that answer over.

for (const [, name, type, description] of fields) {
  builder.objectField(Role, name, (t) =>
    t.loadableList({ type: Flow, description, load: (keys: string[], ctx) => ctx.loaders.flows("Role", type, keys), resolve: (r) => keyOf(r) }));
}
builder.objectFields(Artifact, (t) => ({
  producers: t.loadableList({
    type: Flow, description: "Who produces this",
    load: (keys: string[], ctx) => ctx.loaders.flows("Artifact", "PRODUCES", keys), resolve: (a) => keyOf(a),
  }),
  consumers: t.loadableList({
    type: Flow, description: "Who consumes this output, with cadence and stage",
    load: (keys: string[], ctx) => ctx.loaders.flows("Artifact", "CONSUMES", keys), resolve: (a) => keyOf(a),
  }),
}));
