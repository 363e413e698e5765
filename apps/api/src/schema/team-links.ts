import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.ts";
import type { TeamRow } from "../db/entities.ts";
import { teamLinks } from "../db/organization.ts";
import { selectsOnlyId } from "./prefetch.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { Team } from "./team.ts";

/**
 * A team by id for a field that names it: `team { id }` (the common case: whose is this?)
 * needs no row, so no round trip; anything more loads it, batched with every other team.
 */
export function teamRef(id: string, info: GraphQLResolveInfo): TeamRow | string {
  return selectsOnlyId(info.fieldNodes) ? { team: id, id, name: id, description: null, lint: null } : id;
}

/** Whose a role or an artifact is, and which teams a team's context comes from and goes to (integration.md). */
builder.objectField(Role, "team", (t) =>
  t.field({ type: Team, description: "The team whose file defines this role", resolve: (r, _a, _c, info) => teamRef(r.team, info) }));

builder.objectField(Artifact, "team", (t) =>
  t.field({ type: Team, description: "The team that produces this artifact (whose file defines it)", resolve: (a, _a, _c, info) => teamRef(a.team, info) }));

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
