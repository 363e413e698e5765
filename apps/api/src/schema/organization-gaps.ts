import { builder } from "../builder.ts";
import { organizationGapReport } from "../services/gaps.ts";
import { Finding, fromEnum, GapReport } from "./gap-report.ts";
import { Organization } from "./organization.ts";
import { SeverityEnum } from "./scalars.ts";

builder.objectField(Finding, "team", (t) =>
  t.id({
    description: "The team whose report the finding belongs to (a cross-team finding belongs to the consuming team)",
    // Every rule names its team; a finding without one can only come from its own team's report.
    resolve: (f) => f.team ?? "",
  }));

builder.objectField(Organization, "gapReport", (t) =>
  t.field({
    type: GapReport,
    description: "Every team's findings plus the cross-team rules (unresolved-reference, unpublished-dependency, uncontracted-cross-team-flow), each naming its team; role scores name roles as team/role",
    args: {
      minSeverity: t.arg({ type: SeverityEnum, description: "Leave findings below this severity out of the lists (counts and score keep them)" }),
      asOf: t.arg({ type: "DateTime", description: "The moment the SLA rules measure against; default now" }),
    },
    complexity: 200,
    resolve: (_org, args, ctx) => organizationGapReport(ctx.db, { minSeverity: fromEnum(args.minSeverity), asOf: args.asOf ?? undefined }),
  }));
