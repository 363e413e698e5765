import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { notFound } from "../errors.ts";
import { badgeNode } from "@rolegraph/schema";
import { gapReport } from "../services/gaps.ts";
import type { Finding as FindingShape, GapReport as GapReportShape, Severity } from "../gaps/types.ts";
import { Artifact } from "./artifact.ts";
import { Role } from "./role.ts";
import { SeverityEnum } from "./scalars.ts";
import { Team } from "./team.ts";

const reports = new WeakMap<Context, Map<string, Promise<GapReportShape | null>>>();
/** One full report per team and request: Role.gaps on every role must not rerun the rules. */
export function requestReport(ctx: Context, team: string): Promise<GapReportShape | null> {
  const cache = reports.get(ctx) ?? new Map<string, Promise<GapReportShape | null>>();
  reports.set(ctx, cache);
  let report = cache.get(team);
  if (!report) {
    report = gapReport(ctx.db, team);
    cache.set(team, report);
  }
  return report;
}

const toEnum = (s: Severity) => s.toUpperCase() as "INFO" | "WARNING" | "ERROR";
const fromEnum = (s: "INFO" | "WARNING" | "ERROR" | null | undefined) => (s ? (s.toLowerCase() as Severity) : undefined);

export const Finding = builder.objectRef<FindingShape>("Finding").implement({
  description: "One coordination gap: rule, severity, subject, what is wrong and what to do",
  fields: (t) => ({
    rule: t.exposeString("rule", { description: "Stable rule id (shared/spec/gap-rules.md)" }),
    severity: t.field({ type: SeverityEnum, resolve: (f) => toEnum(f.severity) }),
    subjectKind: t.exposeString("subjectKind"),
    subjectId: t.exposeID("subjectId"),
    related: t.idList({ resolve: (f) => f.related }),
    message: t.exposeString("message"),
    remediation: t.exposeString("remediation"),
    chain: t.idList({ nullable: true, description: "compression-chain: the roles context crosses", resolve: (f) => f.chain ?? null }),
    roles: t.idList({ description: "The roles accountable for the gap", resolve: (f) => f.roles }),
    node: t.string({ nullable: true, description: "The composition node the finding badges", resolve: (f) => badgeNode(f) }),
  }),
});

const SuppressedFinding = builder.objectRef<FindingShape & { reason: string }>("SuppressedFinding").implement({
  fields: (t) => ({
    finding: t.field({ type: Finding, resolve: (f) => f }),
    reason: t.exposeString("reason"),
  }),
});

const RoleScore = builder.objectRef<{ roleId: string; score: number }>("RoleScore").implement({
  fields: (t) => ({ roleId: t.exposeID("roleId"), score: t.exposeFloat("score") }),
});
const Count = builder.objectRef<{ key: string; count: number }>("FindingCount").implement({
  fields: (t) => ({ key: t.exposeString("key"), count: t.exposeInt("count") }),
});

export const GapReport = builder.objectRef<GapReportShape>("GapReport").implement({
  description: "The coordination-gap report: a linter for the team's composition (docs/gap-report.md)",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "0 to 100; 100 means no findings" }),
    asOf: t.field({ type: "DateTime", resolve: (r) => r.asOf }),
    findings: t.field({ type: [Finding], resolve: (r) => r.findings }),
    suppressed: t.field({ type: [SuppressedFinding], resolve: (r) => r.suppressed }),
    roleScores: t.field({ type: [RoleScore], resolve: (r) => r.roleScores }),
    countsBySeverity: t.field({ type: [Count], resolve: (r) => Object.entries(r.counts.bySeverity).map(([key, count]) => ({ key, count })) }),
    countsByRule: t.field({ type: [Count], resolve: (r) => Object.entries(r.counts.byRule).map(([key, count]) => ({ key, count })) }),
  }),
});

builder.objectField(Team, "gapReport", (t) =>
  t.field({
    type: GapReport,
    args: { minSeverity: t.arg({ type: SeverityEnum }), asOf: t.arg({ type: "DateTime" }) },
    complexity: 50,
    resolve: async (team, args, ctx) => {
      const options = { minSeverity: fromEnum(args.minSeverity), asOf: args.asOf ?? undefined };
      const report = options.minSeverity || options.asOf ? await gapReport(ctx.db, team.id, options) : await requestReport(ctx, team.id);
      if (!report) throw notFound("team", team.id);
      return report;
    },
  }));

builder.objectField(Role, "gaps", (t) =>
  t.field({
    type: [Finding],
    description: "Findings about this role or for which it is accountable",
    resolve: async (role, _a, ctx) =>
      ((await requestReport(ctx, role.team))?.findings ?? []).filter((f) => (f.subjectKind === "role" && f.subjectId === role.id) || f.roles.includes(role.id)),
  }));

builder.objectField(Artifact, "gaps", (t) =>
  t.field({
    type: [Finding],
    description: "Findings about this artifact",
    resolve: async (artifact, _a, ctx) =>
      ((await requestReport(ctx, artifact.team))?.findings ?? []).filter((f) => f.subjectKind === "artifact" && f.subjectId === artifact.id),
  }));
