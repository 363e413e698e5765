import { parseQualified } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { buildOrgComposition, focusTeam, type OrgComposition } from "../composition/organization.ts";
import { keyOf, parseKey, type ContractRow } from "../db/entities.ts";
import { contextChainAcross, crossTeamFlows, organizationGraph, type CrossTeamFlowRow } from "../db/organization.ts";
import { listTeams } from "../db/team-store.ts";
import { badInput } from "../errors.ts";
import { Artifact } from "./artifact.ts";
import { HandoffContract } from "./contract.ts";
import { depthSchema } from "./load.ts";
import { Role } from "./role.ts";
import { selectsOnlyId } from "./prefetch.ts";
import { readFields } from "./selected.ts";
import { Team } from "./team.ts";
import { teamRef } from "./team-links.ts";

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

const CrossTeamFlow = builder.objectRef<CrossTeamFlowRow>("CrossTeamFlow").implement({
  description: "A flow across a team boundary: a role of one team consuming an artifact of another",
  fields: (t) => ({
    // The rows came with the flow: no loader round trip.
    artifact: t.field({ type: Artifact, description: "The artifact consumed, of the producing team", resolve: (f) => f.artifactRow }),
    consumer: t.field({ type: Role, description: "The consuming role, of the consuming team", resolve: (f) => f.roleRow }),
    producerTeam: t.field({ type: Team, description: "The team whose artifact it is", resolve: (f, _a, _c, info) => teamRef(f.artifactRow.team, info) }),
    consumerTeam: t.field({ type: Team, description: "The team whose role consumes it", resolve: (f, _a, _c, info) => teamRef(f.roleRow.team, info) }),
    contract: t.field({
      type: HandoffContract, nullable: true,
      description: "The contract from the producing team to the consumer that carries the artifact, if any",
      // `contract { id }` (is this flow contracted?) needs no contract row: no round trip.
      resolve: (f, _a, _c, info) => (f.contract && selectsOnlyId(info.fieldNodes) ? idOnlyContract(f.contract) : f.contract),
    }),
    // Exposed: read as properties by the compiled query, no resolver call per flow.
    cadence: t.exposeString("cadence", { nullable: true, description: "How often the consumer takes it in" }),
    stage: t.exposeID("stage", { nullable: true, description: "The consumer's stage in which it is used" }),
  }),
});

const OrgCompositionRef = builder.objectRef<OrgComposition>("OrgComposition").implement({
  description: "The organisation as a map: teams as groups, cross-team flows bundled per team pair (shapes: packages/schema/src/org-composition.ts)",
  fields: (t) => ({
    nodes: t.field({ type: ["JSON"], description: "Team groups, and the roles and visible artifacts of expanded teams", resolve: (c) => c.nodes }),
    edges: t.field({ type: ["JSON"], description: "One edge per producing/consuming team pair with its count, and the single flows of expanded teams", resolve: (c) => c.edges }),
    focus: t.id({ nullable: true, description: "The team the focus resolved to", resolve: (c) => c.focus }),
    totalTeams: t.exposeInt("totalTeams", { description: "Teams in the organisation, before the focus filter" }),
    totalFlows: t.exposeInt("totalFlows", { description: "Cross-team flows in the organisation" }),
  }),
});

/** A contract known to exist whose fields the query does not read (only its id is resolved from it). */
const idOnlyContract = (key: string): ContractRow => ({
  ...parseKey(key), name: null, loop: false, acknowledgeWithinHours: null, nextStageWithinHours: null,
  from: "", to: "", fromStage: "", toStage: "", carries: [], gates: [], requires: [],
});

/** `team-a/analyst` as a key; a plain id cannot say which team it means here. */
function qualifiedRole(id: string, arg: string) {
  const q = parseQualified(id);
  if (!q) throw badInput(`${arg} must be a qualified role id TEAM/ROLE (e.g. data-team/analyst), got '${id}'`, { argument: arg });
  return q;
}

builder.objectFields(Organization, (t) => ({
  crossTeamFlows: t.field({
    type: [CrossTeamFlow],
    description: "Every flow whose role and artifact belong to different teams, with the contract that covers it, if any",
    complexity: 20,
    // The rows carry only the fields the operation reads of each end: 5,500 flows at L.
    resolve: (_org, _args, ctx, info) => crossTeamFlows(ctx.db, { artifact: readFields(info, "Artifact"), role: readFields(info, "Role") }),
  }),
  contextChain: t.field({
    type: [Role],
    nullable: true,
    description: "The shortest chain of roles context travels from one role to another, across teams; null if none",
    args: {
      from: t.arg.id({ required: true, description: "A qualified role id, TEAM/ROLE" }),
      to: t.arg.id({ required: true, description: "A qualified role id, TEAM/ROLE" }),
    },
    resolve: async (_org, args, ctx, info) => {
      const [from, to] = [qualifiedRole(String(args.from), "from"), qualifiedRole(String(args.to), "to")];
      if (from.team === to.team && from.id === to.id) {
        const role = await ctx.loaders.lookup("Role", keyOf(from));
        return role ? [role] : null;
      }
      return contextChainAcross(ctx.db, from, to, readFields(info, "Role"));
    },
  }),
  composition: t.field({
    type: OrgCompositionRef,
    description: "Teams as groups and cross-team flows as edges between them, in one round trip; a focus expands its team",
    args: {
      focus: t.arg.id({ description: "A team id, or a qualified role or artifact id (team/id): keeps the teams near it and expands it" }),
      depth: t.arg.int({ defaultValue: 1, validate: depthSchema, description: "Team hops kept around the focus (0-10)" }),
    },
    complexity: 20,
    resolve: async (_org, args, ctx) => {
      const focus = args.focus ? String(args.focus) : null;
      const team = focusTeam(focus);
      return buildOrgComposition(await organizationGraph(ctx.db, team ? [team] : []), { focus, depth: args.depth ?? 1 });
    },
  }),
}));

builder.queryField("organization", (t) =>
  t.field({
    type: Organization,
    description: "The organisation: all teams, and what flows between them",
    resolve: () => ORGANIZATION,
  }));
