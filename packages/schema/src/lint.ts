import { z } from "zod";
import { MetaSchema, TextSchema } from "./ids.ts";

/** Gap-rule ids are public interface (GraphQL, CLI, JSON, SARIF): keep them stable. */
export const RULE_IDS = [
  "context-hoarding",
  "orphan-output",
  "unsourced-input",
  "leaderless-stage",
  "missing-stage-output",
  "uncontracted-handoff",
  "gateless-contract",
  "preference-gate",
  "unchecked-requirement",
  "unguarded-agent",
  "undefined-blast-radius",
  "delegation-mismatch",
  "copilot-not-specialist",
  "compression-chain",
  "skipped-stage",
  "unformatted-artifact",
  "sla-breach",
  "failed-gate",
  "unresolved-reference",
  "unpublished-dependency",
  "uncontracted-cross-team-flow",
  "cadence-mismatch",
  "missing-oversight",
  "context-starved",
  "agents-before-handoffs",
  "overridden-gate",
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;

export const SEVERITIES = ["info", "warning", "error"] as const;
export const SeveritySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof SeveritySchema>;

export const RuleSettingSchema = z.enum(["off", ...SEVERITIES]);

export const SuppressionSchema = z.strictObject({
  rule: RuleIdSchema,
  /** The id of the finding's subject (role, artifact, stage, contract, agent or handoff). */
  subject: z.string().min(1),
  reason: TextSchema,
  meta: MetaSchema.optional(),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

export const LintConfigSchema = z.strictObject({
  rules: z.partialRecord(RuleIdSchema, RuleSettingSchema).default({}),
  suppress: z.array(SuppressionSchema).default([]),
  meta: MetaSchema.optional(),
});
export type LintConfig = z.infer<typeof LintConfigSchema>;
