import { builder } from "../builder.ts";
import { keyOf, listByTeam } from "../db/entities.ts";
import { leadsOfStages } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { depthSchema, loadRoles } from "./load.ts";
import { readFields } from "./selected.ts";
import { Stage } from "./stage.ts";
import { Team } from "./team.ts";

export const Role = builder.loadableObject("Role", {
  description: "A Role OS: what a role consumes and produces, at which stages, with which agents",
  load: loadRoles,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The role's id within its team (e.g. product-manager), as in the team file" }),
    name: t.exposeString("name", { description: "The role's display name" }),
    purpose: t.string({ nullable: true, description: "Why the role exists, in one line from the team file; null when not given", resolve: (r) => r.purpose }),
    owner: t.string({ nullable: true, description: "The person who owns this Role OS", resolve: (r) => r.owner }),
  }),
});

builder.objectFields(Team, (t) => ({
  roles: t.field({ type: [Role], description: "Every role of the team, in team-file order", resolve: (team, _a, ctx) => listByTeam(ctx.db, "Role", team.id) }),
  role: t.field({
    type: Role,
    nullable: true,
    description: "One of the team's roles by id; null when the team has no such role",
    args: { id: t.arg.id({ required: true, description: "The role's id within this team" }) },
    resolve: (team, args, ctx) => ctx.loaders.lookup("Role", keyOf({ team: team.id, id: String(args.id) })),
  }),
  contextChain: t.field({
    type: [Role],
    nullable: true,
    description: "The shortest chain of roles context travels from one role to another (each producing what the next consumes); null if none",
    args: {
      from: t.arg.id({ required: true, description: "The id of the role the chain starts at (the first producer)" }),
      to: t.arg.id({ required: true, description: "The id of the role the chain ends at (the last consumer)" }),
    },
    // Usually started with the team already (schema/prefetch.ts): its arguments are in the query.
    resolve: (team, args, ctx, info) => ctx.loaders.contextChain(team.id, String(args.from), String(args.to), readFields(info, "Role")),
  }),
}));

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
    args: { depth: t.arg.int({ defaultValue: 3, validate: depthSchema, description: "How many derivedFrom steps downstream of this artifact to follow (0-10, default 3)" }) },
    // `artifact(id) { impactedRoles }` was usually started with the team, with the artifact, in one query (schema/prefetch.ts).
    load: (keys: string[], ctx, args) => ctx.loaders.impactedRoles(args.depth ?? 3, keys),
    resolve: (a) => keyOf(a),
  }));
