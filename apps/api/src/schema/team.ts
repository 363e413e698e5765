import { builder } from "../builder.ts";
import { keyOf, type TeamRow } from "../db/entities.ts";
import { listTeams } from "../db/team-store.ts";
import { loadTeams } from "./load.ts";
import { prefetchUnderTeam } from "./prefetch.ts";
import type { Context } from "../context.ts";

const loadTeamsById = (ids: string[], ctx: Context) => loadTeams(ids.map((id) => keyOf({ team: id, id })), ctx);

export const Team = builder.loadableObject("Team", {
  description: "A team's Role OS composition: the graph built from one team file",
  load: loadTeamsById,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    description: t.string({ nullable: true, resolve: (team) => team.description }),
  }),
});
export type TeamParent = TeamRow;

builder.queryFields((t) => ({
  teams: t.field({
    type: [Team],
    description: "Every team in the graph",
    resolve: async (_root, _args, ctx) => (await listTeams(ctx.db)).map((team) => team.id),
  }),
  team: t.field({
    type: Team,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx, info) => {
      prefetchUnderTeam(ctx, String(args.id), info);
      const [row] = await loadTeamsById([String(args.id)], ctx);
      return row instanceof Error || !row ? null : row;
    },
  }),
}));
