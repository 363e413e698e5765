import { builder } from "../builder.ts";
import { deleteTeam, type DeleteOutcome } from "../services/teams.ts";

export const DeleteResult = builder.objectRef<DeleteOutcome>("DeleteResult").implement({
  description: "The blast radius of deleting a team: what went, or without confirm what would go",
  fields: (t) => ({
    deleted: t.exposeBoolean("deleted", { description: "True when the team was deleted; false when confirm was not given or there was no such team" }),
    nodes: t.exposeInt("nodes", { description: "Graph nodes deleted (or, without confirm, that would be), handoffs and versions included" }),
    relationships: t.exposeInt("relationships", { description: "Graph relationships deleted (or, without confirm, that would be)" }),
    versions: t.exposeInt("versions", { description: "The team's recorded versions among the nodes: its history goes with it" }),
  }),
});

builder.mutationField("deleteTeam", (t) =>
  t.field({
    type: DeleteResult,
    description: "Deletes a team with its handoffs. Without confirm: true it only reports what it would delete.",
    authScopes: { admin: true },
    args: {
      id: t.arg.id({ required: true, description: "The id of the team to delete" }),
      confirm: t.arg.boolean({ defaultValue: false, description: "true deletes; false (the default) only counts what would be deleted" }),
    },
    resolve: (_root, args, ctx) => deleteTeam(ctx.db, String(args.id), { confirm: args.confirm ?? false }),
  }));
