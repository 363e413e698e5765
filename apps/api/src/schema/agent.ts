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
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    role: t.field({ type: Role, resolve: (a) => keyOf({ team: a.team, id: a.role }) }),
    access: t.exposeString("access", { description: "read-only or write" }),
    mode: t.string({ nullable: true, description: "Delegation mode: autonomous, coordinated or hybrid", resolve: (a) => a.mode }),
    process: t.string({ nullable: true, resolve: (a) => a.process }),
    oversight: t.string({ nullable: true, resolve: (a) => a.oversight }),
    blastRadius: t.string({ nullable: true, resolve: (a) => a.blastRadius }),
    guardrails: t.stringList({ resolve: (a) => a.guardrails }),
    serviceLevel: t.string({ nullable: true, resolve: (a) => a.serviceLevel }),
    auditTrail: t.string({ nullable: true, resolve: (a) => a.auditTrail }),
    inputs: t.field({ type: [Artifact], description: "What the agent reads, other teams' artifacts included", resolve: (a) => a.inputs.map((id) => keyOf(resolveReference(id, a.team))) }),
    outputs: t.field({ type: [Artifact], resolve: (a) => a.outputs.map((id) => keyOf({ team: a.team, id })) }),
  }),
});

builder.objectField(Team, "agents", (t) => t.field({ type: [Agent], resolve: (team, _a, ctx) => listByTeam(ctx.db, "Agent", team.id) }));
builder.objectField(Role, "agents", (t) =>
  t.loadableList({
    type: Agent,
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
