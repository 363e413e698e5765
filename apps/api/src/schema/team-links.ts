import { builder } from "../builder.ts";
import { teamLinks } from "../db/organization.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { Team } from "./team.ts";

/** Whose a role or an artifact is, and which teams a team's context comes from and goes to (integration.md). */
builder.objectField(Role, "team", (t) =>
  t.field({ type: Team, description: "The team whose file defines this role", resolve: (r) => r.team }));

builder.objectField(Artifact, "team", (t) =>
  t.field({ type: Team, description: "The team that produces this artifact (whose file defines it)", resolve: (a) => a.team }));

for (const [name, description] of [
  ["dependsOn", "Teams whose artifacts this team consumes, reads or derives from (published or not: an unpublished one is a gap the organisation report names)"],
  ["dependents", "Teams that consume, read or derive from this team's artifacts"],
] as const) {
  builder.objectField(Team, name, (t) =>
    t.loadableList({
      type: Team,
      description,
      // One statement for every team in the request: `organization { teams { dependsOn { id } } }` is one round trip.
      load: (teams: string[], ctx) => teamLinks(ctx.db, name, teams),
      resolve: (team) => team.id,
    }));
}
