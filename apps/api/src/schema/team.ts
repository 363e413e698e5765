import { builder } from "../builder.ts";
import { keyOf, type TeamRow } from "../db/entities.ts";
import { listTeams } from "../db/team-store.ts";
import { loadTeams } from "./load.ts";
import { planForTeamField, startPrefetch } from "./prefetch.ts";
import type { Context } from "../context.ts";

const loadTeamsById = (ids: string[], ctx: Context) => loadTeams(ids.map((id) => keyOf({ team: id, id })), ctx);

export const Team = builder.loadableObject("Team", {
  description: "A team's Role OS composition: the graph built from one team file",
  load: loadTeamsById,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The team's id from its team file (team.id), unique across the graph" }),
    name: t.exposeString("name", { description: "The team's display name from its team file" }),
    description: t.string({ nullable: true, description: "What the team does, from its team file; null when the file gives none", resolve: (team) => team.description }),
  }),
});
export type TeamParent = TeamRow;

/** A team known to exist whose own fields the query does not read (only id is resolved from it). */
const existingTeam = (id: string): TeamRow => ({ team: id, id, name: id, description: null, lint: null });

builder.queryFields((t) => ({
  teams: t.field({
    type: [Team],
    description: "Every team in the graph",
    resolve: async (_root, _args, ctx) => (await listTeams(ctx.db)).map((team) => team.id),
  }),
  team: t.field({
    type: Team,
    nullable: true,
    description: "One team by id; null when no such team has been imported",
    args: { id: t.arg.id({ required: true, description: "The team's id, as in its team file" }) },
    resolve: async (_root, args, ctx, info) => {
      const id = String(args.id);
      const plan = planForTeamField(info);
      const proofs = startPrefetch(ctx, id, plan, info);
      // `team(id) { artifact(id) { ... } }` reads nothing of the team but its existence, and an
      // entity of the team exists only if the team does (import creates the Team node, delete
      // removes everything): when a by-id child is found, the team query is not needed.
      if (!plan.readsTeam && proofs.length > 0) {
        const found = await Promise.all(proofs.map((p) => p.catch(() => null)));
        if (found.some((row) => row !== null)) return existingTeam(id);
      }
      const [row] = await loadTeamsById([id], ctx);
      return row instanceof Error || !row ? null : row;
    },
  }),
}));
