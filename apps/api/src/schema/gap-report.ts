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
export const fromEnum = (s: "INFO" | "WARNING" | "ERROR" | null | undefined) => (s ? (s.toLowerCase() as Severity) : undefined);

export const Finding = builder.objectRef<FindingShape>("Finding").implement({
  description: "One coordination gap: rule, severity, subject, what is wrong and what to do",
  fields: (t) => ({
    rule: t.exposeString("rule", { description: "Stable rule id (shared/spec/gap-rules.md)" }),
    severity: t.field({ type: SeverityEnum, description: "How serious the gap is, after the team file's lint settings", resolve: (f) => toEnum(f.severity) }),
    subjectKind: t.exposeString("subjectKind", { description: "What the finding is about: role, artifact, stage, contract, agent or handoff" }),
    subjectId: t.exposeID("subjectId", { description: "The id of the subject, of the kind subjectKind names" }),
    related: t.idList({ description: "Ids of the other things involved, as each rule defines (shared/spec/gap-rules.md); empty when none", resolve: (f) => f.related }),
    message: t.exposeString("message", { description: "What is wrong, in one sentence naming the subject" }),
    remediation: t.exposeString("remediation", { description: "What to change in the team file to close the gap" }),
    chain: t.idList({ nullable: true, description: "compression-chain: the roles context crosses", resolve: (f) => f.chain ?? null }),
    roles: t.idList({ description: "The roles accountable for the gap", resolve: (f) => f.roles }),
    node: t.string({ nullable: true, description: "The composition node the finding badges", resolve: (f) => badgeNode(f) }),
  }),
});

const SuppressedFinding = builder.objectRef<FindingShape & { reason: string }>("SuppressedFinding").implement({
  description: "A finding silenced by the team file's lint.suppress, with the reason given there",
  fields: (t) => ({
    finding: t.field({ type: Finding, description: "The finding as it would otherwise have been reported", resolve: (f) => f }),
    reason: t.exposeString("reason", { description: "Why the team accepted the gap, from its lint.suppress entry" }),
  }),
});

const RoleScore = builder.objectRef<{ roleId: string; score: number }>("RoleScore").implement({
  description: "One role's gap score, from the findings it is accountable for",
  fields: (t) => ({
    roleId: t.exposeID("roleId", { description: "The role's id within the team" }),
    score: t.exposeFloat("score", { description: "0 to 100, rounded; 100 means no finding holds the role accountable" }),
  }),
});
const Count = builder.objectRef<{ key: string; count: number }>("FindingCount").implement({
  description: "How many active findings share one severity or one rule",
  fields: (t) => ({
    key: t.exposeString("key", { description: "A severity in lower case (error, warning, info) or a rule id, depending on the list" }),
    count: t.exposeInt("count", { description: "Active findings with that key, minSeverity notwithstanding" }),
  }),
});

export const GapReport = builder.objectRef<GapReportShape>("GapReport").implement({
  description: "The coordination-gap report: a linter for the team's composition (docs/gap-report.md)",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "0 to 100; 100 means no findings" }),
    asOf: t.field({ type: "DateTime", description: "The time the report was judged at: the SLA rules count deadlines against it", resolve: (r) => r.asOf }),
    findings: t.field({ type: [Finding], description: "Active findings at or above minSeverity, errors first, then by rule and subject id", resolve: (r) => r.findings }),
    suppressed: t.field({ type: [SuppressedFinding], description: "Findings the team file suppresses, in the same order; they count in neither score nor counts", resolve: (r) => r.suppressed }),
    roleScores: t.field({ type: [RoleScore], description: "One score per role of the team", resolve: (r) => r.roleScores }),
    countsBySeverity: t.field({ type: [Count], description: "Active findings per severity (error, warning, info), every severity listed even at 0", resolve: (r) => Object.entries(r.counts.bySeverity).map(([key, count]) => ({ key, count })) }),
    countsByRule: t.field({ type: [Count], description: "Active findings per rule id, only rules with at least one finding", resolve: (r) => Object.entries(r.counts.byRule).map(([key, count]) => ({ key, count })) }),
  }),
});

builder.objectField(Team, "gapReport", (t) =>
  t.field({
    type: GapReport,
    description: "The team's coordination-gap report, computed from the graph and its handoff history",
    args: {
      minSeverity: t.arg({ type: SeverityEnum, description: "Leave findings below this severity out of findings and suppressed (score and counts keep them); default all" }),
      asOf: t.arg({ type: "DateTime", description: "Judge SLA deadlines as of this time; defaults to now" }),
    },
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
