import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { keyOf, listByTeam } from "../db/entities.ts";
import { artifactWithImpacted, contextChain, impactedRoles, leadsOfStages } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { depthSchema, loadRoles, lookup, lookupKey } from "./load.ts";
import { argument, registerLookup, registerPrefetch, registerProof, shared, sharedLoad } from "./prefetch.ts";
import { readFields } from "./selected.ts";
import { Stage } from "./stage.ts";
import { Team } from "./team.ts";

export const Role = builder.loadableObject("Role", {
  description: "A Role OS: what a role consumes and produces, at which stages, with which agents",
  load: loadRoles,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    purpose: t.string({ nullable: true, resolve: (r) => r.purpose }),
    owner: t.string({ nullable: true, description: "The person who owns this Role OS", resolve: (r) => r.owner }),
  }),
});

registerLookup("role", (ctx, key) => lookupKey(ctx, "Role", key));

builder.objectFields(Team, (t) => ({
  roles: t.field({ type: [Role], resolve: (team, _a, ctx) => listByTeam(ctx.db, "Role", team.id) }),
  role: t.field({
    type: Role,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (team, args, ctx) => lookup(ctx, "Role", team.id, String(args.id)),
  }),
  contextChain: t.field({
    type: [Role],
    nullable: true,
    description: "The shortest chain of roles context travels from one role to another (each producing what the next consumes); null if none",
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }) },
    resolve: (team, args, ctx, info) => chainOf(ctx, info, team.id, String(args.from), String(args.to)),
  }),
}));

// Started with the team (its arguments are in the query); a chain found proves the team exists.
const chainOf = (ctx: Context, info: GraphQLResolveInfo, team: string, from: string, to: string) =>
  shared(ctx, `contextChain:${keyOf({ team, id: from })}|${to}`, () => contextChain(ctx.db, team, from, to, readFields(info, "Role")));
registerProof("contextChain", (ctx, team, child, info) => {
  const [from, to] = [argument(child, "from", info), argument(child, "to", info)];
  return typeof from === "string" && typeof to === "string" ? chainOf(ctx, info, team, from, to) : undefined;
});

builder.objectField(Stage, "leads", (t) =>
  t.loadableList({
    type: Role,
    description: "Roles engaged as lead in this stage",
    load: (keys: string[], ctx) => leadsOfStages(ctx.db, keys).then((groups) => groups.map((g) => g.map((l) => keyOf({ team: l.team, id: l.role })))),
    resolve: (s) => keyOf(s),
  }));

builder.objectField(Artifact, "impactedRoles", (t) =>
  t.loadableList({
    type: Role,
    description: "Roles that consume this artifact or anything derived from it, within depth steps of lineage",
    byPath: true,
    args: { depth: t.arg.int({ defaultValue: 3, validate: depthSchema }) },
    load: (keys: string[], ctx, args) => impacted(ctx, args.depth ?? 3, keys),
    resolve: (a) => keyOf(a),
  }));

const impacted = (ctx: Context, depth: number, keys: readonly string[]) =>
  sharedLoad(ctx, `impactedRoles:${depth}`, keys, (k) => impactedRoles(ctx.db, depth, k));
// `artifact(id) { impactedRoles }`: the lookup and the roles are one query, started with the
// team. If another prefetch (the artifact's flows) already started the lookup, that one stands.
registerPrefetch("artifact", (ctx, key, subfields, info) => {
  for (const f of subfields.filter((s) => s.name.value === "impactedRoles")) {
    const depth = argument(f, "depth", info) ?? 3;
    if (!depthSchema.safeParse(depth).success) continue;
    const both = shared(ctx, `ArtifactWithImpacted:${String(depth)}:${key}`, () => artifactWithImpacted(ctx.db, depth as number, key, { own: readFields(info, "Artifact"), roles: readFields(info, "Role") }));
    void shared(ctx, `lookup:Artifact:${key}`, async () => (await both).parent);
    void sharedLoad(ctx, `impactedRoles:${String(depth)}`, [key], async () => [(await both).roles]);
  }
});
