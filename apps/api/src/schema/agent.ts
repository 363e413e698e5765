import { resolveReference } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import { keyOf, listByTeam } from "../db/entities.ts";
import { idsOf } from "../db/relations.ts";
import { Artifact } from "./artifact.ts";
import { loadAgents } from "./load.ts";
import { Role } from "./role.ts";
import { Team } from "./team.ts";

export const Agent = builder.loadableObject("Agent", {
  description: "An AI assistant owned by a role, with its access, oversight and guardrails",
  load: loadAgents,
  fields: (t) => ({
    id: t.exposeID("id", { description: "The agent's id within its team, as in the team file" }),
    name: t.exposeString("name", { description: "The agent's display name" }),
    role: t.field({ type: Role, description: "The role that owns the agent and answers for what it does", resolve: (a) => keyOf({ team: a.team, id: a.role }) }),
    access: t.exposeString("access", { description: "read-only or write" }),
    mode: t.string({ nullable: true, description: "Delegation mode: autonomous, coordinated or hybrid", resolve: (a) => a.mode }),
    process: t.string({ nullable: true, description: "What the agent does, in words (e.g. aggregate, categorize, surface themes); null when not stated", resolve: (a) => a.process }),
    oversight: t.string({ nullable: true, description: "How a human checks the agent's work before it is relied on; null when not stated (a gap rule reports that)", resolve: (a) => a.oversight }),
    blastRadius: t.string({ nullable: true, description: "What the agent can touch and at worst damage, in words; null when not defined", resolve: (a) => a.blastRadius }),
    guardrails: t.stringList({ description: "Which of the five guardrail constraints are in place (e.g. blast-radius-defined, explicit-destructive-confirmation); empty when none", resolve: (a) => a.guardrails }),
    serviceLevel: t.string({ nullable: true, description: "What the agent promises and how often, in words (e.g. synthesis refreshed daily); null when not stated", resolve: (a) => a.serviceLevel }),
    auditTrail: t.string({ nullable: true, description: "Where the agent's runs are recorded for later review; null when not stated", resolve: (a) => a.auditTrail }),
    inputs: t.field({ type: [Artifact], description: "What the agent reads, other teams' artifacts included", resolve: (a) => a.inputs.map((id) => keyOf(resolveReference(id, a.team))) }),
    outputs: t.field({ type: [Artifact], description: "The team's artifacts the agent writes, in team-file order", resolve: (a) => a.outputs.map((id) => keyOf({ team: a.team, id })) }),
  }),
});

builder.objectField(Team, "agents", (t) => t.field({ type: [Agent], description: "Every agent of the team, in team-file order", resolve: (team, _a, ctx) => listByTeam(ctx.db, "Agent", team.id) }));
builder.objectField(Role, "agents", (t) =>
  t.loadableList({
    type: Agent,
    description: "The agents this role owns",
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Role", child: "Agent", path: "-[:OWNS]->" }, keys),
    resolve: (r) => keyOf(r),
  }));
builder.objectField(Artifact, "readByAgents", (t) =>
  t.loadableList({
    type: Agent,
    description: "Agents that take this artifact as an input",
    load: (keys: string[], ctx) => idsOf(ctx.db, { parent: "Artifact", child: "Agent", path: "<-[:READS]-" }, keys),
    resolve: (a) => keyOf(a),
  }));
