import { builder } from "../builder.ts";
import { organizationMap, teamSeamFlows, type OrgMapTeamRow, type OrgSeamRow, type SeamFlowRow } from "../db/organization-map.ts";
import { listTeams } from "../db/team-store.ts";
import { badInput } from "../errors.ts";
import { Organization } from "./organization.ts";
import { Team } from "./team.ts";

/**
 * What the organisation map reads (issue 21): the whole organisation as counts at once, and
 * the flows of the teams a person opens, when opened. `crossTeamFlows` and `teams { roles
 * artifacts }` stay for readers that want every row.
 */
const OrgMapTeam = builder.objectRef<OrgMapTeamRow>("OrgMapTeam").implement({
  description: "A team on the organisation map, counted",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The team's id" }),
    name: t.exposeString("name", { description: "The team's name" }),
    roles: t.exposeInt("roles", { description: "Roles in the team" }),
    published: t.exposeInt("published", { description: "Artifacts the team publishes (its interface)" }),
  }),
});

const OrgSeam = builder.objectRef<OrgSeamRow>("OrgSeam").implement({
  description: "Every cross-team flow from one team's artifacts to another team's roles, counted: one bundle on the map",
  fields: (t) => ({
    from: t.exposeID("from", { description: "The producing team" }),
    to: t.exposeID("to", { description: "The consuming team" }),
    flows: t.exposeInt("flows", { description: "Flows across the seam (a role consuming an artifact)" }),
    artifacts: t.exposeInt("artifacts", { description: "Distinct artifacts crossing it" }),
    uncontracted: t.exposeInt("uncontracted", { description: "Flows no handoff contract from the producing team to the consuming role covers" }),
    unpublished: t.exposeIDList("unpublished", { description: "Ids (in the producing team) of artifacts read across the seam that the producer does not publish" }),
  }),
});

const OrgMap = builder.objectRef<{ teams: OrgMapTeamRow[]; seams: OrgSeamRow[] }>("OrgMap").implement({
  description: "The organisation as its map opens: every team and every team-to-team seam, as counts",
  fields: (t) => ({
    teams: t.field({ type: [OrgMapTeam], description: "Every team in the graph", resolve: (m) => m.teams }),
    seams: t.field({ type: [OrgSeam], description: "Every producing/consuming team pair with cross-team flows", resolve: (m) => m.seams }),
  }),
});

const OrgSeamEnd = builder.objectRef<{ team: string; id: string; name: string; published?: boolean }>("OrgSeamEnd").implement({
  description: "One end of a cross-team flow: an artifact or a role, by team and id",
  fields: (t) => ({
    team: t.exposeID("team", { description: "The team whose file defines it" }),
    id: t.exposeID("id", { description: "Its id in that team" }),
    name: t.exposeString("name", { description: "Its name" }),
    published: t.boolean({ description: "For an artifact: whether its team publishes it; true for a role", resolve: (e) => e.published ?? true }),
  }),
});

const OrgSeamFlow = builder.objectRef<SeamFlowRow>("OrgSeamFlow").implement({
  description: "A flow across a team boundary, flat: what an opened team draws",
  fields: (t) => ({
    artifact: t.field({ type: OrgSeamEnd, description: "The artifact consumed, of the producing team", resolve: (f) => f.artifact }),
    consumer: t.field({ type: OrgSeamEnd, description: "The consuming role, of the consuming team", resolve: (f) => f.consumer }),
    contract: t.id({ nullable: true, description: "The id (in the producing team) of the contract that carries it to the consumer, if any", resolve: (f) => f.contract }),
  }),
});

/** Opening every team of a large organisation at once would be the flows the map avoids reading. */
const MAX_OPEN = 200;

builder.objectFields(Organization, (t) => ({
  map: t.field({
    type: OrgMap,
    description: "Every team and every seam between teams, counted, in one read: the organisation map's opening read",
    complexity: 20,
    resolve: (_org, _args, ctx) => organizationMap(ctx.db),
  }),
  teamsById: t.field({
    type: [Team],
    description: "The teams with these ids, in this order; an id no team has is left out",
    args: { ids: t.arg.idList({ required: true, description: "Team ids" }) },
    resolve: async (_org, args, ctx) => {
      const known = new Set((await listTeams(ctx.db)).map((team) => team.id));
      return args.ids.map(String).filter((id) => known.has(id));
    },
  }),
  seamFlows: t.field({
    type: [OrgSeamFlow],
    description: `Every cross-team flow into or out of these teams (at most ${MAX_OPEN}), with its contract`,
    complexity: 10,
    args: { teams: t.arg.idList({ required: true, description: "Team ids" }) },
    resolve: (_org, args, ctx) => {
      if (args.teams.length > MAX_OPEN) throw badInput(`teams may name at most ${MAX_OPEN} teams, got ${args.teams.length}`, { argument: "teams" });
      return teamSeamFlows(ctx.db, args.teams.map(String));
    },
  }),
}));
