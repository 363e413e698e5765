import { RULE_IDS } from "@rolegraph/schema";
import type { Rule } from "../types.ts";
import { compressionChain } from "./compression-chain.ts";
import { contextHoarding } from "./context-hoarding.ts";
import { copilotNotSpecialist } from "./copilot-not-specialist.ts";
import { delegationMismatchRule } from "./delegation-mismatch.ts";
import { failedGate } from "./failed-gate.ts";
import { gatelessContract } from "./gateless-contract.ts";
import { leaderlessStage } from "./leaderless-stage.ts";
import { missingStageOutput } from "./missing-stage-output.ts";
import { overriddenGate } from "./overridden-gate.ts";
import { orphanOutput } from "./orphan-output.ts";
import { preferenceGate } from "./preference-gate.ts";
import { skippedStage } from "./skipped-stage.ts";
import { slaBreach } from "./sla-breach.ts";
import { uncheckedRequirement } from "./unchecked-requirement.ts";
import { uncontractedHandoff } from "./uncontracted-handoff.ts";
import { undefinedBlastRadius } from "./undefined-blast-radius.ts";
import { unformattedArtifact } from "./unformatted-artifact.ts";
import { unguardedAgent } from "./unguarded-agent.ts";
import { unsourcedInput } from "./unsourced-input.ts";
import { uncontractedCrossTeamFlow } from "./uncontracted-cross-team-flow.ts";
import { unpublishedDependency } from "./unpublished-dependency.ts";
import { unresolvedReference } from "./unresolved-reference.ts";
import { cadenceMismatch } from "./cadence-mismatch.ts";
import { missingOversight } from "./missing-oversight.ts";
import { contextStarved } from "./context-starved.ts";
import { agentsBeforeHandoffs } from "./agents-before-handoffs.ts";

const ALL: Rule[] = [
  contextHoarding, orphanOutput, unsourcedInput, leaderlessStage, missingStageOutput, uncontractedHandoff,
  gatelessContract, preferenceGate, uncheckedRequirement, unguardedAgent, undefinedBlastRadius,
  delegationMismatchRule, copilotNotSpecialist, compressionChain, skippedStage, unformattedArtifact,
  slaBreach, failedGate,
  unresolvedReference, unpublishedDependency, uncontractedCrossTeamFlow,
  cadenceMismatch, missingOversight, contextStarved, agentsBeforeHandoffs,
  overriddenGate,
];

/** Every rule, in the spec's order (RULE_IDS), which is also the order findings sort in. */
export const RULES: Rule[] = RULE_IDS.map((id) => {
  const rule = ALL.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule module for '${id}'`);
  return rule;
});

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
