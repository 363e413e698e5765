import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Kind } from "graphql";
import { fieldsOf, registerPrefetch, selectsOnlyId, shared, sharedLoad } from "./prefetch.ts";
import { keyOf } from "../db/entities.ts";
import { flowsOfArtifacts, flowsOfRoles, withFlows, type FlowRow } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { readFields } from "./selected.ts";
import { idOnlyStage, Stage, stageKey } from "./stage.ts";

/** One line of a role's Context In or Context Out. */
export const Flow = builder.objectRef<FlowRow>("Flow").implement({
  description: "A role producing or consuming an artifact, with cadence and stage",
  fields: (t) => ({
    // The rows came with the flow: no loader round trip (a key would be loaded).
    role: t.field({ type: Role, resolve: (f) => f.roleRow ?? keyOf({ team: f.team, id: f.role }) }),
    artifact: t.field({ type: Artifact, resolve: (f) => f.artifactRow ?? keyOf({ team: f.team, id: f.artifact }) }),
    // `stage { id }` needs no stage row: the flow knows the id (and nothing else is read from it).
    stage: t.field({
      type: Stage, nullable: true,
      resolve: (f, _a, _c, info) => {
        if (f.stageRow !== undefined) return f.stageRow ?? stageKey(f.team, f.stage);
        return f.stage && selectsOnlyId(info.fieldNodes) ? idOnlyStage(f.team, f.stage) : stageKey(f.team, f.stage);
      },
    }),
    cadence: t.string({ nullable: true, resolve: (f) => f.cadence }),
  }),
});

const fields = [
  [Role, "consumes", "CONSUMES", "Context In: what this role consumes"],
  [Role, "produces", "PRODUCES", "Context Out: what this role produces"],
] as const;
const ofRoles = (ctx: Context, type: "CONSUMES" | "PRODUCES", keys: readonly string[]) =>
  sharedLoad(ctx, `flowsOfRoles:${type}`, keys, (k) => flowsOfRoles(ctx.db, type, k));
const ofArtifacts = (ctx: Context, type: "CONSUMES" | "PRODUCES", keys: readonly string[]) =>
  sharedLoad(ctx, `flowsOfArtifacts:${type}`, keys, (k) => flowsOfArtifacts(ctx.db, type, k));

for (const [, name, type, description] of fields) {
  builder.objectField(Role, name, (t) =>
    t.loadableList({ type: Flow, description, load: (keys: string[], ctx) => ofRoles(ctx, type, keys), resolve: (r) => keyOf(r) }));
}
builder.objectFields(Artifact, (t) => ({
  producers: t.loadableList({
    type: Flow, description: "Who produces this",
    load: (keys: string[], ctx) => ofArtifacts(ctx, "PRODUCES", keys), resolve: (a) => keyOf(a),
  }),
  consumers: t.loadableList({
    type: Flow, description: "Who consumes this output, with cadence and stage",
    load: (keys: string[], ctx) => ofArtifacts(ctx, "CONSUMES", keys), resolve: (a) => keyOf(a),
  }),
}));

// `team(id) { role(id) { consumes produces } }` and `artifact(id) { consumers }`: the lookup
// and the flows asked for are one query, started with the team; the lookup and the flow
// fields below share its answer.
const flowFields = { consumes: "CONSUMES", produces: "PRODUCES", consumers: "CONSUMES", producers: "PRODUCES" } as const;
for (const [field, label, names, loaderName] of [
  ["role", "Role", ["consumes", "produces"], "flowsOfRoles"],
  ["artifact", "Artifact", ["consumers", "producers"], "flowsOfArtifacts"],
] as const) {
  registerPrefetch(field, (ctx, key, subfields, info) => {
    const asked = subfields.filter((f) => (names as readonly string[]).includes(f.name.value));
    const types = [...new Set(asked.map((f) => flowFields[f.name.value as keyof typeof flowFields]))];
    if (types.length === 0) return;
    // The team's stage rows only when a flow's stage is asked for more than its id.
    const stages = asked.some((f) => {
      const selections = f.selectionSet?.selections ?? [];
      return selections.some((s) => s.kind !== Kind.FIELD) || !selectsOnlyId(fieldsOf(selections).filter((s) => s.name.value === "stage"));
    });
    const [own, other] = [readFields(info, label), readFields(info, label === "Role" ? "Artifact" : "Role")];
    const both = shared(ctx, `${label}WithFlows:${key}`, () => withFlows(ctx.db, label, types, key, { stages, other, own }));
    void shared(ctx, `lookup:${label}:${key}`, async () => (await both).parent);
    for (const type of types) void sharedLoad(ctx, `${loaderName}:${type}`, [key], async () => [(await both).flows[type]]);
  });
}
