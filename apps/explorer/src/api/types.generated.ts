/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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


export type TeamOverviewQuery = { team: { id: string, name: string, stages: Array<{ id: string, name: string, order: number }>, roles: Array<{ id: string, owner: string | null }>, composition: { nodes: Array<unknown>, edges: Array<unknown>, totalNodes: number, totalEdges: number } } | null };

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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FlowFieldsFragmentDoc = new TypedDocumentString(`
    fragment FlowFields on Flow {
  cadence
  stage {
    id
    name
  }
  role {
    id
    name
  }
  artifact {
    id
    name
  }
}
    `, {"fragmentName":"FlowFields"}) as unknown as TypedDocumentString<FlowFieldsFragment, unknown>;
export const HandoffFieldsFragmentDoc = new TypedDocumentString(`
    fragment HandoffFields on Handoff {
  id
  submittedAt
  passed
  payload
  submittedBy {
    id
    name
  }
  gates {
    status
    reason
    gate {
      id
      text
    }
  }
  errors {
    path
    message
  }
}
    `, {"fragmentName":"HandoffFields"}) as unknown as TypedDocumentString<HandoffFieldsFragment, unknown>;
export const TeamsDocument = new TypedDocumentString(`
    query Teams {
  teams {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<TeamsQuery, TeamsQueryVariables>;
export const TeamOverviewDocument = new TypedDocumentString(`
    query TeamOverview($team: ID!) {
  team(id: $team) {
    id
    name
    stages {
      id
      name
      order
    }
    roles {
      id
      owner
    }
    composition {
      nodes
      edges
      totalNodes
      totalEdges
    }
  }
}
    `) as unknown as TypedDocumentString<TeamOverviewQuery, TeamOverviewQueryVariables>;
export const TeamGapsDocument = new TypedDocumentString(`
    query TeamGaps($team: ID!) {
  team(id: $team) {
    id
    gapReport {
      score
      findings {
        rule
        severity
        subjectKind
        subjectId
        related
        message
        remediation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TeamGapsQuery, TeamGapsQueryVariables>;
export const MatrixDocument = new TypedDocumentString(`
    query Matrix($team: ID!) {
  team(id: $team) {
    id
    stages {
      id
      name
      order
    }
    roles {
      id
      name
    }
    matrix {
      engagement
      role {
        id
      }
      stage {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MatrixQuery, MatrixQueryVariables>;
export const ArtifactDetailDocument = new TypedDocumentString(`
    query ArtifactDetail($team: ID!, $artifact: ID!, $depth: Int!) {
  team(id: $team) {
    id
    artifact(id: $artifact) {
      id
      name
      format
      external
      producers {
        ...FlowFields
      }
      consumers {
        ...FlowFields
      }
      readByAgents {
        id
        name
        role {
          id
          name
        }
      }
      downstream(depth: $depth) {
        id
        name
      }
    }
  }
}
    fragment FlowFields on Flow {
  cadence
  stage {
    id
    name
  }
  role {
    id
    name
  }
  artifact {
    id
    name
  }
}`) as unknown as TypedDocumentString<ArtifactDetailQuery, ArtifactDetailQueryVariables>;
export const RoleDetailDocument = new TypedDocumentString(`
    query RoleDetail($team: ID!, $role: ID!) {
  team(id: $team) {
    id
    role(id: $role) {
      id
      name
      purpose
      owner
      engagement {
        engagement
        stage {
          id
          name
        }
      }
      consumes {
        ...FlowFields
      }
      produces {
        ...FlowFields
      }
      agents {
        id
        name
        access
        mode
      }
      contractsOut {
        id
        name
        to {
          id
          name
        }
        fromStage {
          name
        }
        toStage {
          name
        }
      }
      contractsIn {
        id
        name
        from {
          id
          name
        }
        fromStage {
          name
        }
        toStage {
          name
        }
      }
      workflows {
        id
        name
        stage {
          id
          name
        }
      }
    }
  }
}
    fragment FlowFields on Flow {
  cadence
  stage {
    id
    name
  }
  role {
    id
    name
  }
  artifact {
    id
    name
  }
}`) as unknown as TypedDocumentString<RoleDetailQuery, RoleDetailQueryVariables>;
export const ContractDetailDocument = new TypedDocumentString(`
    query ContractDetail($team: ID!) {
  team(id: $team) {
    id
    contracts {
      id
      name
      from {
        id
        name
      }
      to {
        id
        name
      }
      fromStage {
        id
        name
      }
      toStage {
        id
        name
      }
      carries {
        id
        name
      }
      requires {
        field
        type
        description
      }
      gates {
        id
        text
        checkable
        check
      }
      handoffs {
        ...HandoffFields
      }
    }
  }
}
    fragment HandoffFields on Handoff {
  id
  submittedAt
  passed
  payload
  submittedBy {
    id
    name
  }
  gates {
    status
    reason
    gate {
      id
      text
    }
  }
  errors {
    path
    message
  }
}`) as unknown as TypedDocumentString<ContractDetailQuery, ContractDetailQueryVariables>;
export const SubmitHandoffDocument = new TypedDocumentString(`
    mutation SubmitHandoff($team: ID!, $contract: ID!, $payload: JSON!, $submittedAt: DateTime) {
  submitHandoff(
    team: $team
    contract: $contract
    payload: $payload
    submittedAt: $submittedAt
  ) {
    ...HandoffFields
  }
}
    fragment HandoffFields on Handoff {
  id
  submittedAt
  passed
  payload
  submittedBy {
    id
    name
  }
  gates {
    status
    reason
    gate {
      id
      text
    }
  }
  errors {
    path
    message
  }
}`) as unknown as TypedDocumentString<SubmitHandoffMutation, SubmitHandoffMutationVariables>;