import type { AdoptionStep as StepShape, RoleAdoption as RoleShape, TeamAdoption as TeamShape } from "@rolegraph/rules";
import { builder } from "../builder.ts";
import { GapReport, requestReport } from "./gap-report.ts";
import { Role } from "./role.ts";

const AdoptionStep = builder.objectRef<StepShape>("AdoptionStep").implement({
  description: "One step of the essay's \"Building Your Role OS\" path, done or not, for one role",
  fields: (t) => ({
    step: t.exposeInt("step", { description: "1 to 6, in the essay's order" }),
    name: t.exposeString("name", { description: "The step as the essay names it" }),
    done: t.exposeBoolean("done", { description: "True when the team's graph shows the step taken" }),
    detail: t.exposeString("detail", { description: "What the step found: why it is done, or what it still needs" }),
  }),
});

const RoleAdoption = builder.objectRef<RoleShape>("RoleAdoption").implement({
  description: "Where one role stands on the six steps of building its Role OS",
  fields: (t) => ({
    roleId: t.exposeID("roleId", { description: "The role's id" }),
    steps: t.field({ type: [AdoptionStep], description: "The six steps, in order", resolve: (r) => r.steps }),
    done: t.exposeInt("done", { description: "Steps done, in any order" }),
    reached: t.exposeInt("reached", { description: "Steps done in a row from step 1 (0 to 6): where the role stands on the path" }),
  }),
});

const StepCount = builder.objectRef<TeamShape["byStep"][number]>("AdoptionStepCount").implement({
  description: "How many of the team's roles have done one step",
  fields: (t) => ({
    step: t.exposeInt("step", { description: "1 to 6" }),
    name: t.exposeString("name", { description: "The step as the essay names it" }),
    roles: t.exposeInt("roles", { description: "Roles that have done it" }),
  }),
});

const TeamAdoption = builder.objectRef<TeamShape>("TeamAdoption").implement({
  description: "The six steps summed over the team's roles (docs/gap-report.md, \"Adoption\")",
  fields: (t) => ({
    roles: t.field({ type: [RoleAdoption], description: "Every role's steps, in the team's order", resolve: (a) => a.roles }),
    byStep: t.field({ type: [StepCount], description: "Per step, how many roles have done it", resolve: (a) => a.byStep }),
    done: t.exposeInt("done", { description: "Steps done over all roles" }),
    possible: t.exposeInt("possible", { description: "Six per role" }),
  }),
});

builder.objectField(GapReport, "adoption", (t) =>
  t.field({ type: TeamAdoption, description: "Where each role stands on the essay's six steps, and the team's sums", resolve: (r) => r.adoption }));

builder.objectField(Role, "adoption", (t) =>
  t.field({
    type: RoleAdoption,
    nullable: true,
    description: "Where this role stands on the six steps of building its Role OS (from the team's gap report)",
    resolve: async (role, _a, ctx) => (await requestReport(ctx, role.team))?.adoption.roles.find((r) => r.roleId === role.id) ?? null,
  }));
