import type { TeamBoundaryDebt as TeamBoundaryShape } from "@rolegraph/rules";
import { builder } from "../builder.ts";
import { Seam, TranslationDebt } from "./translation-debt.ts";

const TeamBoundaryDebt = builder.objectRef<TeamBoundaryShape>("TeamBoundaryDebt").implement({
  description: "The translation debt between two teams: every seam where one team's artifact reaches a role of the other (docs/gap-report.md, \"Translation debt\")",
  fields: (t) => ({
    from: t.exposeID("from", { description: "The producing team" }),
    to: t.exposeID("to", { description: "The consuming team" }),
    debt: t.exposeFloat("debt", { description: "The seams' debt, summed; 0 when every seam has a fully checked contract" }),
    seams: t.field({
      type: [Seam],
      description: "The seams with debt first; their roles and artifacts are qualified (team/id)",
      resolve: (b) => b.seams,
    }),
  }),
});

builder.objectField(TranslationDebt, "teamBoundaries", (t) =>
  t.field({
    type: [TeamBoundaryDebt],
    description: "The organisation's report: per pair of teams linked by cross-team flows (producing team, consuming team), the highest debt first, a fully checked pair at 0; counted in total, seams and uncovered. Empty in a team's report",
    resolve: (d) => d.teamBoundaries ?? [],
  }));
