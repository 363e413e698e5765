import { builder } from "../builder.ts";
import { keyOf } from "../db/entities.ts";
import { flowsOfArtifacts, flowsOfRoles, type FlowRow } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { Stage, stageKey } from "./stage.ts";

/** One line of a role's Context In or Context Out. */
export const Flow = builder.objectRef<FlowRow>("Flow").implement({
  description: "A role producing or consuming an artifact, with cadence and stage",
  fields: (t) => ({
    role: t.field({ type: Role, resolve: (f) => keyOf({ team: f.team, id: f.role }) }),
    artifact: t.field({ type: Artifact, resolve: (f) => keyOf({ team: f.team, id: f.artifact }) }),
    stage: t.field({ type: Stage, nullable: true, resolve: (f) => stageKey(f.team, f.stage) }),
    cadence: t.string({ nullable: true, resolve: (f) => f.cadence }),
  }),
});

const fields = [
  [Role, "consumes", "CONSUMES", "Context In: what this role consumes"],
  [Role, "produces", "PRODUCES", "Context Out: what this role produces"],
] as const;
for (const [, name, type, description] of fields) {
  builder.objectField(Role, name, (t) =>
    t.loadableList({ type: Flow, description, load: (keys: string[], ctx) => flowsOfRoles(ctx.db, type, keys), resolve: (r) => keyOf(r) }));
}
builder.objectFields(Artifact, (t) => ({
  producers: t.loadableList({
    type: Flow, description: "Who produces this",
    load: (keys: string[], ctx) => flowsOfArtifacts(ctx.db, "PRODUCES", keys), resolve: (a) => keyOf(a),
  }),
  consumers: t.loadableList({
    type: Flow, description: "Who consumes this output, with cadence and stage",
    load: (keys: string[], ctx) => flowsOfArtifacts(ctx.db, "CONSUMES", keys), resolve: (a) => keyOf(a),
  }),
}));
