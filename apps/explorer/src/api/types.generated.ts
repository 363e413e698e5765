/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What happened to an element between two compositions */
export type ChangeOp =
  /** The element is new on the after side */
  | 'ADDED'
  /** A field of an element both sides have differs */
  | 'CHANGED'
  /** The element is gone on the after side */
  | 'REMOVED';

/** The kinds of element a team document lists */
export type ElementKind =
  /** An agent owned by a role */
  | 'AGENT'
  /** An artifact (context product) */
  | 'ARTIFACT'
  /** A handoff contract */
  | 'CONTRACT'
  /** A role, with its engagement and flows */
  | 'ROLE'
  /** A lifecycle stage */
  | 'STAGE'
  /** The team itself (name, description, lint config) */
  | 'TEAM'
  /** A role's workflow in a stage */
  | 'WORKFLOW';

/** One element of a team, by kind and id */
export type ElementRef = {
  /** The element's id in its team */
  id: string;
  /** The element's kind */
  kind: ElementKind;
};

/** How a role takes part in a lifecycle stage (a role absent from a stage is not engaged) */
export type Engagement =
  /** Is asked for input but does not do the work */
  | 'CONSULT'
  /** Owns the stage's outcome and drives the work */
  | 'LEAD'
  /** Does part of the work under the lead */
  | 'SUPPORT';

/** The outcome of one quality gate when a handoff was submitted */
export type GateStatus =
  /** The gate's check did not hold: the handoff did not pass */
  | 'FAILED'
  /** The gate's check held for the payload */
  | 'PASSED'
  /** A preference: the gate has no check, so it was not evaluated and never blocks */
  | 'UNCHECKED';

/** What happened to a handoff */
export type HandoffEventType =
  /** The receiving role acknowledged it (detail: by, principal, override, overridden) */
  | 'ACKNOWLEDGED'
  /** The receiving role began the next stage (detail: by, principal) */
  | 'NEXT_STAGE_STARTED'
  /** A deadline of the contract's SLA passed unmet (detail: deadline, hours, dueAt) */
  | 'SLA_BREACHED'
  /** A handoff was submitted (detail: passed, valid, failedGates, submittedBy) */
  | 'SUBMITTED';

/** How serious a gap finding is, from least to most: INFO, WARNING, ERROR */
export type Severity =
  /** Breaks coordination (e.g. a stage with no lead); weighs 10 in the score */
  | 'ERROR'
  /** Worth knowing; weighs 1 in the score */
  | 'INFO'
  /** Likely to cause coordination trouble; weighs 3 in the score */
  | 'WARNING';

export type TeamVersionsQueryVariables = Exact<{
  team: string;
}>;


export type TeamVersionsQuery = { team: { id: string, versions: Array<{ number: number, importedAt: string, importedBy: string | null, added: number, removed: number, changed: number }> } | null };

export type DiffFieldsFragment = { scoreBefore: number, scoreAfter: number, changes: Array<{ op: ChangeOp, kind: ElementKind, id: string, field: string | null }>, findingsIntroduced: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }>, findingsResolved: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }> };

export type TeamCompareQueryVariables = Exact<{
  team: string;
  from: number;
  to: number;
}>;


export type TeamCompareQuery = { team: { id: string, before: { number: number, composition: { nodes: Array<unknown>, edges: Array<unknown>, totalNodes: number, totalEdges: number } } | null, after: { number: number, composition: { nodes: Array<unknown>, edges: Array<unknown>, totalNodes: number, totalEdges: number } } | null, diff: { scoreBefore: number, scoreAfter: number, changes: Array<{ op: ChangeOp, kind: ElementKind, id: string, field: string | null }>, findingsIntroduced: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }>, findingsResolved: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }> } } | null };

export type TeamWhatIfQueryVariables = Exact<{
  team: string;
  remove: Array<ElementRef> | ElementRef;
}>;


export type TeamWhatIfQuery = { team: { id: string, whatIf: { scoreBefore: number, scoreAfter: number, changes: Array<{ op: ChangeOp, kind: ElementKind, id: string, field: string | null }>, findingsIntroduced: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }>, findingsResolved: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, message: string, remediation: string }> } } | null };

export type HandoffEventsLiveSubscriptionVariables = Exact<{
  team?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type HandoffEventsLiveSubscription = { handoffEvents: { id: string, type: HandoffEventType, contractId: string, handoffId: string } };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string }> };

export type TeamOverviewQueryVariables = Exact<{
  team: string;
}>;


export type TeamOverviewQuery = { team: { id: string, name: string, stages: Array<{ id: string, name: string, order: number }>, roles: Array<{ id: string, owner: string | null }>, composition: { nodes: Array<unknown>, edges: Array<unknown>, totalNodes: number, totalEdges: number } } | null };

export type TeamGapsQueryVariables = Exact<{
  team: string;
}>;


export type TeamGapsQuery = { team: { id: string, gapReport: { score: number, translationDebt: { total: number, seams: number, uncovered: number }, findings: Array<{ rule: string, severity: Severity, subjectKind: string, subjectId: string, related: Array<string>, message: string, remediation: string }> } } | null };

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

export type OrgMapQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgMapQuery = { organization: { map: { teams: Array<{ id: string, name: string, roles: number, published: number }>, seams: Array<{ from: string, to: string, flows: number, artifacts: number, uncontracted: number, unpublished: Array<string> }> } } };

export type OrgOpenQueryVariables = Exact<{
  teams: Array<string> | string;
}>;


export type OrgOpenQuery = { organization: { teamsById: Array<{ id: string, roles: Array<{ id: string, name: string }>, artifacts: Array<{ id: string, name: string, published: boolean }> }>, seamFlows: Array<{ contract: string | null, artifact: { team: string, id: string, name: string, published: boolean }, consumer: { team: string, id: string, name: string } }> } };

export type OrgGapsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgGapsQuery = { organization: { gapReport: { findings: Array<{ rule: string, severity: Severity, team: string, subjectKind: string, subjectId: string, related: Array<string>, message: string, remediation: string }>, translationDebt: { teamBoundaries: Array<{ from: string, to: string, debt: number }> } } } };

export type OrgImpactQueryVariables = Exact<{
  team: string;
  artifact: string;
  depth: number;
}>;


export type OrgImpactQuery = { team: { id: string, artifact: { id: string, name: string, team: { id: string, name: string }, producers: Array<{ role: { id: string, name: string, team: { id: string } } }>, consumers: Array<{ role: { id: string, name: string, team: { id: string } } }>, impactedRoles: Array<{ id: string, name: string, team: { id: string } }>, downstream: Array<{ id: string, name: string, team: { id: string } }> } | null } | null };

export type AdoptionFieldsFragment = { roleId: string, reached: number, done: number, steps: Array<{ step: number, name: string, done: boolean, detail: string }> };

export type TeamStandingQueryVariables = Exact<{
  team: string;
}>;


export type TeamStandingQuery = { team: { id: string, roles: Array<{ id: string, name: string }>, gapReport: { score: number, translationDebt: { total: number, seams: number, uncovered: number, boundaries: Array<{ from: string, to: string, debt: number, seams: Array<{ artifact: string, boundaries: number, uncovered: number, contract: string | null, debt: number }> }> }, adoption: { done: number, possible: number, byStep: Array<{ step: number, name: string, roles: number }>, roles: Array<{ roleId: string, reached: number, done: number, steps: Array<{ step: number, name: string, done: boolean, detail: string }> }> } } } | null };

export type RoleAdoptionQueryVariables = Exact<{
  team: string;
  role: string;
}>;


export type RoleAdoptionQuery = { team: { id: string, role: { id: string, adoption: { roleId: string, reached: number, done: number, steps: Array<{ step: number, name: string, done: boolean, detail: string }> } | null } | null, gapReport: { translationDebt: { boundaries: Array<{ from: string, to: string, debt: number }> } } } | null };

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
export const DiffFieldsFragmentDoc = new TypedDocumentString(`
    fragment DiffFields on TeamDiff {
  scoreBefore
  scoreAfter
  changes {
    op
    kind
    id
    field
  }
  findingsIntroduced {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
  findingsResolved {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
}
    `, {"fragmentName":"DiffFields"}) as unknown as TypedDocumentString<DiffFieldsFragment, unknown>;
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
export const AdoptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdoptionFields on RoleAdoption {
  roleId
  reached
  done
  steps {
    step
    name
    done
    detail
  }
}
    `, {"fragmentName":"AdoptionFields"}) as unknown as TypedDocumentString<AdoptionFieldsFragment, unknown>;
export const TeamVersionsDocument = new TypedDocumentString(`
    query TeamVersions($team: ID!) {
  team(id: $team) {
    id
    versions {
      number
      importedAt
      importedBy
      added
      removed
      changed
    }
  }
}
    `) as unknown as TypedDocumentString<TeamVersionsQuery, TeamVersionsQueryVariables>;
export const TeamCompareDocument = new TypedDocumentString(`
    query TeamCompare($team: ID!, $from: Int!, $to: Int!) {
  team(id: $team) {
    id
    before: version(number: $from) {
      number
      composition {
        nodes
        edges
        totalNodes
        totalEdges
      }
    }
    after: version(number: $to) {
      number
      composition {
        nodes
        edges
        totalNodes
        totalEdges
      }
    }
    diff(from: $from, to: $to) {
      ...DiffFields
    }
  }
}
    fragment DiffFields on TeamDiff {
  scoreBefore
  scoreAfter
  changes {
    op
    kind
    id
    field
  }
  findingsIntroduced {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
  findingsResolved {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
}`) as unknown as TypedDocumentString<TeamCompareQuery, TeamCompareQueryVariables>;
export const TeamWhatIfDocument = new TypedDocumentString(`
    query TeamWhatIf($team: ID!, $remove: [ElementRef!]!) {
  team(id: $team) {
    id
    whatIf(remove: $remove) {
      ...DiffFields
    }
  }
}
    fragment DiffFields on TeamDiff {
  scoreBefore
  scoreAfter
  changes {
    op
    kind
    id
    field
  }
  findingsIntroduced {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
  findingsResolved {
    rule
    severity
    subjectKind
    subjectId
    message
    remediation
  }
}`) as unknown as TypedDocumentString<TeamWhatIfQuery, TeamWhatIfQueryVariables>;
export const HandoffEventsLiveDocument = new TypedDocumentString(`
    subscription HandoffEventsLive($team: ID, $after: ID) {
  handoffEvents(team: $team, after: $after) {
    id
    type
    contractId
    handoffId
  }
}
    `) as unknown as TypedDocumentString<HandoffEventsLiveSubscription, HandoffEventsLiveSubscriptionVariables>;
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
      translationDebt {
        total
        seams
        uncovered
      }
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
export const OrgMapDocument = new TypedDocumentString(`
    query OrgMap {
  organization {
    map {
      teams {
        id
        name
        roles
        published
      }
      seams {
        from
        to
        flows
        artifacts
        uncontracted
        unpublished
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgMapQuery, OrgMapQueryVariables>;
export const OrgOpenDocument = new TypedDocumentString(`
    query OrgOpen($teams: [ID!]!) {
  organization {
    teamsById(ids: $teams) {
      id
      roles {
        id
        name
      }
      artifacts {
        id
        name
        published
      }
    }
    seamFlows(teams: $teams) {
      artifact {
        team
        id
        name
        published
      }
      consumer {
        team
        id
        name
      }
      contract
    }
  }
}
    `) as unknown as TypedDocumentString<OrgOpenQuery, OrgOpenQueryVariables>;
export const OrgGapsDocument = new TypedDocumentString(`
    query OrgGaps {
  organization {
    gapReport {
      findings {
        rule
        severity
        team
        subjectKind
        subjectId
        related
        message
        remediation
      }
      translationDebt {
        teamBoundaries {
          from
          to
          debt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgGapsQuery, OrgGapsQueryVariables>;
export const OrgImpactDocument = new TypedDocumentString(`
    query OrgImpact($team: ID!, $artifact: ID!, $depth: Int!) {
  team(id: $team) {
    id
    artifact(id: $artifact) {
      id
      name
      team {
        id
        name
      }
      producers {
        role {
          id
          name
          team {
            id
          }
        }
      }
      consumers {
        role {
          id
          name
          team {
            id
          }
        }
      }
      impactedRoles(depth: $depth) {
        id
        name
        team {
          id
        }
      }
      downstream(depth: $depth) {
        id
        name
        team {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrgImpactQuery, OrgImpactQueryVariables>;
export const TeamStandingDocument = new TypedDocumentString(`
    query TeamStanding($team: ID!) {
  team(id: $team) {
    id
    roles {
      id
      name
    }
    gapReport {
      score
      translationDebt {
        total
        seams
        uncovered
        boundaries {
          from
          to
          debt
          seams {
            artifact
            boundaries
            uncovered
            contract
            debt
          }
        }
      }
      adoption {
        done
        possible
        byStep {
          step
          name
          roles
        }
        roles {
          ...AdoptionFields
        }
      }
    }
  }
}
    fragment AdoptionFields on RoleAdoption {
  roleId
  reached
  done
  steps {
    step
    name
    done
    detail
  }
}`) as unknown as TypedDocumentString<TeamStandingQuery, TeamStandingQueryVariables>;
export const RoleAdoptionDocument = new TypedDocumentString(`
    query RoleAdoption($team: ID!, $role: ID!) {
  team(id: $team) {
    id
    role(id: $role) {
      id
      adoption {
        ...AdoptionFields
      }
    }
    gapReport {
      translationDebt {
        boundaries {
          from
          to
          debt
        }
      }
    }
  }
}
    fragment AdoptionFields on RoleAdoption {
  roleId
  reached
  done
  steps {
    step
    name
    done
    detail
  }
}`) as unknown as TypedDocumentString<RoleAdoptionQuery, RoleAdoptionQueryVariables>;