import type { BoundaryDebt as BoundaryShape, Seam as SeamShape, TranslationDebt as DebtShape } from "@rolegraph/rules";
import { builder } from "../builder.ts";
import { GapReport } from "./gap-report.ts";

export const Seam = builder.objectRef<SeamShape>("TranslationSeam").implement({
  description: "One artifact flowing from one role to another, and what of its meaning no check covers",
  fields: (t) => ({
    from: t.exposeID("from", { description: "The producing role" }),
    to: t.exposeID("to", { description: "The consuming role" }),
    artifact: t.exposeID("artifact", { description: "The artifact that crosses" }),
    boundaries: t.exposeInt("boundaries", { description: "Which boundary this crossing is for the context it carries: the producer's distance from outside + 1" }),
    uncovered: t.exposeFloat("uncovered", { description: "0 to 1: 1 with no contract carrying it, else the share of the contract's gates without a check" }),
    contract: t.exposeID("contract", { nullable: true, description: "The contract that covers the crossing best, if any" }),
    debt: t.exposeFloat("debt", { description: "boundaries × uncovered" }),
  }),
});

const BoundaryDebt = builder.objectRef<BoundaryShape>("BoundaryDebt").implement({
  description: "The translation debt between two roles: every seam from one to the other",
  fields: (t) => ({
    from: t.exposeID("from", { description: "The producing role" }),
    to: t.exposeID("to", { description: "The consuming role" }),
    debt: t.exposeFloat("debt", { description: "The seams' debt, summed" }),
    seams: t.field({ type: [Seam], description: "The seams with debt first", resolve: (b) => b.seams }),
  }),
});

export const TranslationDebt = builder.objectRef<DebtShape>("TranslationDebt").implement({
  description: "AI Translation Debt, priced: the seams where meaning is repaired by hand (docs/gap-report.md, \"Translation debt\")",
  fields: (t) => ({
    total: t.exposeFloat("total", { description: "The sum of every seam's debt, to one decimal; 0 when every seam has a fully checked contract" }),
    seams: t.exposeInt("seams", { description: "Role-to-role flows of an artifact" }),
    uncovered: t.exposeInt("uncovered", { description: "Seams no contract covers at all" }),
    boundaries: t.field({ type: [BoundaryDebt], description: "Per pair of roles with debt, the highest first", resolve: (d) => d.boundaries }),
  }),
});

builder.objectField(GapReport, "translationDebt", (t) =>
  t.field({ type: TranslationDebt, description: "The team's translation debt, shown beside the score", resolve: (r) => r.translationDebt }));
