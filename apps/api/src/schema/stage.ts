import { builder } from "../builder.ts";
import { keyOf, listByTeam, type StageRow } from "../db/entities.ts";
import { loadStages } from "./load.ts";
import { Team } from "./team.ts";

export const Stage = builder.loadableObject("Stage", {
  description: "A lifecycle stage (Discover, Decide, Build, Test, Ship, Evaluate by default)",
  load: loadStages,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The stage's id within its team (e.g. discover)" }),
    name: t.exposeString("name", { description: "The stage's display name (e.g. Discover)" }),
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

/**
 * A stage row with only its id known, for a field that selects nothing else (`stage { id }`):
 * the other fields are never read from it, so no query is made for them.
 */
export const idOnlyStage = (team: string, id: string): StageRow => ({ team, id, name: id, question: null, order: -1, output: null });

export const stageKey = (team: string, id: string | null | undefined) => (id ? keyOf({ team, id }) : null);
