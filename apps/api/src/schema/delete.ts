import { builder } from "../builder.ts";
import { deleteTeam, type DeleteOutcome } from "../services/teams.ts";

export const DeleteResult = builder.objectRef<DeleteOutcome>("DeleteResult").implement({
  description: "The blast radius of deleting a team: what went, or without confirm what would go",
  fields: (t) => ({
    deleted: t.exposeBoolean("deleted"),
    nodes: t.exposeInt("nodes"),
    relationships: t.exposeInt("relationships"),
    versions: t.exposeInt("versions", { description: "The team's recorded versions among the nodes: its history goes with it" }),
  }),
});

builder.mutationField("deleteTeam", (t) =>
  t.field({
    type: DeleteResult,
    description: "Deletes a team with its handoffs. Without confirm: true it only reports what it would delete.",
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), confirm: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, args, ctx) => deleteTeam(ctx.db, String(args.id), { confirm: args.confirm ?? false }),
  }));
