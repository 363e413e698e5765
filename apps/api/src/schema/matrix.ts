import { builder } from "../builder.ts";
import { keyOf } from "../db/entities.ts";
import { engagementsOfRoles, matrixOfTeam, type EngagementRow } from "../db/relations.ts";
import { Role } from "./role.ts";
import { EngagementEnum } from "./scalars.ts";
import { Stage } from "./stage.ts";
import { Team } from "./team.ts";

/** One cell of the essay's Role x Lifecycle matrix. */
export const MatrixCell = builder.objectRef<EngagementRow>("MatrixCell").implement({
  description: "One cell of the Role x Lifecycle matrix: how a role is engaged in a stage",
  fields: (t) => ({
    role: t.field({ type: Role, description: "The engaged role", resolve: (c) => keyOf({ team: c.team, id: c.role }) }),
    stage: t.field({ type: Stage, description: "The stage the role is engaged in", resolve: (c) => keyOf({ team: c.team, id: c.stage }) }),
    engagement: t.field({ type: EngagementEnum, description: "How the role takes part in the stage: lead, support or consult", resolve: (c) => c.engagement.toUpperCase() as "LEAD" | "SUPPORT" | "CONSULT" }),
  }),
});

builder.objectField(Team, "matrix", (t) =>
  t.field({
    type: [MatrixCell],
    description: "Every role x stage pair that is engaged, by role then lifecycle order",
    resolve: (team, _a, ctx) => matrixOfTeam(ctx.db, team.id),
  }));

builder.objectField(Role, "engagement", (t) =>
  t.loadableList({
    type: MatrixCell,
    description: "The stages this role engages in, in lifecycle order",
    load: (keys: string[], ctx) => engagementsOfRoles(ctx.db, keys),
    resolve: (r) => keyOf(r),
  }));
