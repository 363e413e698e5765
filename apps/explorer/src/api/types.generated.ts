/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Engagement =
  | 'CONSULT'
  | 'LEAD'
  | 'SUPPORT';

export type GateStatus =
  | 'FAILED'
  | 'PASSED'
  | 'UNCHECKED';

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string }> };

export type TeamOverviewQueryVariables = Exact<{
  team: string;
}>;


export type TeamOverviewQuery = { team: { id: string, name: string, stages: Array<{ id: string, name: string, order: number }>, composition: { nodes: Array<unknown>, edges: Array<unknown>, totalNodes: number, totalEdges: number } } | null };

export type TeamGapsQueryVariables = Exact<{
  team: string;
}>;


export type TeamGapsQuery = { team: { id: string, gapReport: { score: number, findings: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, related: Array<string>, message: string, remediation: string }> } } | null };

export type MatrixQueryVariables = Exact<{
  team: string;
}>;


export type MatrixQuery = { team: { id: string, stages: Array<{ id: string, name: string, order: number }>, roles: Array<{ id: string, name: string }>, matrix: Array<{ engagement: Engagement, role: { id: string }, stage: { id: string } }> } | null };

export type FlowFieldsFragment = { cadence: string | null, stage: { id: string, name: string } | null, role: { id: string, name: string }, artifact: { id: string, name: string } };

export type ArtifactDetailQueryVariables = Exact<{
  team: string;
  artifact: string;
  depth: number;
}>;


export type ArtifactDetailQuery = { team: { id: string, artifact: { id: string, name: string, format: string | null, external: boolean, producers: Array<{ cadence: string | null, stage: { id: string, name: string } | null, role: { id: string, name: string }, artifact: { id: string, name: string } }>, consumers: Array<{ cadence: string | null, stage: { id: string, name: string } | null, role: { id: string, name: string }, artifact: { id: string, name: string } }>, readByAgents: Array<{ id: string, name: string, role: { id: string, name: string } }>, downstream: Array<{ id: string, name: string }> } | null } | null };

export type RoleDetailQueryVariables = Exact<{
  team: string;
  role: string;
}>;


export type RoleDetailQuery = { team: { id: string, role: { id: string, name: string, purpose: string | null, owner: string | null, engagement: Array<{ engagement: Engagement, stage: { id: string, name: string } }>, consumes: Array<{ cadence: string | null, stage: { id: string, name: string } | null, role: { id: string, name: string }, artifact: { id: string, name: string } }>, produces: Array<{ cadence: string | null, stage: { id: string, name: string } | null, role: { id: string, name: string }, artifact: { id: string, name: string } }>, agents: Array<{ id: string, name: string, access: string, mode: string | null }>, contractsOut: Array<{ id: string, name: string | null, to: { id: string, name: string }, fromStage: { name: string }, toStage: { name: string } }>, contractsIn: Array<{ id: string, name: string | null, from: { id: string, name: string }, fromStage: { name: string }, toStage: { name: string } }>, workflows: Array<{ id: string, name: string | null, stage: { id: string, name: string } }> } | null } | null };

export type HandoffFieldsFragment = { id: string, submittedAt: string, passed: boolean, payload: unknown, submittedBy: { id: string, name: string }, gates: Array<{ status: GateStatus, reason: string | null, gate: { id: string, text: string } }>, errors: Array<{ path: string, message: string }> };

export type ContractDetailQueryVariables = Exact<{
  team: string;
}>;


export type ContractDetailQuery = { team: { id: string, contracts: Array<{ id: string, name: string | null, from: { id: string, name: string }, to: { id: string, name: string }, fromStage: { id: string, name: string }, toStage: { id: string, name: string }, carries: Array<{ id: string, name: string }>, requires: Array<{ field: string, type: string, description: string | null }>, gates: Array<{ id: string, text: string, checkable: boolean, check: unknown }>, handoffs: Array<{ id: string, submittedAt: string, passed: boolean, payload: unknown, submittedBy: { id: string, name: string }, gates: Array<{ status: GateStatus, reason: string | null, gate: { id: string, text: string } }>, errors: Array<{ path: string, message: string }> }> }> } | null };

export type SubmitHandoffMutationVariables = Exact<{
  team: string;
  contract: string;
  payload: unknown;
  submittedAt?: string | null | undefined;
}>;


export type SubmitHandoffMutation = { submitHandoff: { id: string, submittedAt: string, passed: boolean, payload: unknown, submittedBy: { id: string, name: string }, gates: Array<{ status: GateStatus, reason: string | null, gate: { id: string, text: string } }>, errors: Array<{ path: string, message: string }> } };
