import { builder } from "../builder.ts";
import { keyOf, listByTeam } from "../db/entities.ts";
import { loadStages } from "./load.ts";
import { Team } from "./team.ts";

export const Stage = builder.loadableObject("Stage", {
  description: "A lifecycle stage (Discover, Decide, Build, Test, Ship, Evaluate by default)",
  load: loadStages,
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    order: t.exposeInt("order", { description: "Position in the lifecycle, from 0" }),
    question: t.string({ nullable: true, description: "The stage's key question", resolve: (s) => s.question }),
  }),
});

builder.objectField(Team, "stages", (t) =>
  t.field({
    type: [Stage],
    description: "The lifecycle, in order",
    resolve: (team, _args, ctx) => listByTeam(ctx.db, "Stage", team.id),
  }));

export const stageKey = (team: string, id: string | null | undefined) => (id ? keyOf({ team, id }) : null);
