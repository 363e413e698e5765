import { builder } from "../builder.ts";
import { listTeams } from "../db/team-store.ts";
import { Team } from "./team.ts";

/**
 * The organisation: every team in the graph and the flows between them
 * (shared/spec/integration.md). It has no state of its own; its fields read across teams.
 * Other files add fields with `builder.objectField(Organization, ...)` (gapReport lives in
 * its own file beside the organisation rules).
 */
export interface OrganizationShape {
  readonly kind: "organization";
}
const ORGANIZATION: OrganizationShape = { kind: "organization" };

export const Organization = builder.objectRef<OrganizationShape>("Organization").implement({
  description: "Every team in the graph, composed through the context they publish and consume",
  fields: (t) => ({
    teams: t.field({
      type: [Team],
      description: "Every team in the graph",
      resolve: async (_org, _args, ctx) => (await listTeams(ctx.db)).map((team) => team.id),
    }),
  }),
});

builder.queryField("organization", (t) =>
  t.field({
    type: Organization,
    description: "The organisation: all teams, and what flows between them",
    resolve: () => ORGANIZATION,
  }));
