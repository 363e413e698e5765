import { qualify } from "@rolegraph/schema";
import { builder } from "../builder.ts";
import type { BrokenReference as BrokenShape } from "../db/team-store.ts";
import type { FlowRow } from "../db/relations.ts";
import type { RoleRow } from "../db/entities.ts";
import { DeleteResult } from "./delete.ts";
import { Flow } from "./flow.ts";
import { ImportResult } from "./import.ts";

/**
 * What an import or a delete broke in other teams (shared/spec/integration.md): references
 * to an artifact or role that went, waiting unresolved from now on.
 */
const BrokenReference = builder.objectRef<BrokenShape>("BrokenReference").implement({
  description: "Another team's reference that lost what it named: it stays, unresolved, until the artifact or role is back",
  fields: (t) => ({
    team: t.exposeID("team", { description: "The referencing team" }),
    kind: t.exposeString("sourceLabel", { description: "What references: Role (consumes), Agent (inputs), Step (reads), Artifact (derivedFrom), Contract (to)" }),
    source: t.exposeID("source", { description: "The id of what references, in its team" }),
    relationship: t.exposeString("type", { description: "CONSUMES, READS, DERIVED_FROM or TO" }),
    reference: t.string({ description: "What it named, as TEAM/ID", resolve: (b) => qualify(b.target.team, b.target.id) }),
  }),
});

/** A broken consumption as the Flow it was: the consuming role, the artifact as it was before it went. */
function asFlow(b: BrokenShape): FlowRow | null {
  if (b.type !== "CONSUMES" || !b.sourceRow) return null;
  return {
    team: b.team, role: b.source, artifact: b.target.id, cadence: b.cadence, stage: b.stage,
    roleRow: b.sourceRow, artifactRow: { published: false, external: false, format: null, sourceOfTruth: null, ...b.target } as FlowRow["artifactRow"],
    stageRow: undefined,
  };
}
export const brokenFlows = (broken: readonly BrokenShape[]): FlowRow[] => broken.flatMap((b) => asFlow(b) ?? []);

builder.objectFields(ImportResult, (t) => ({
  brokenDependents: t.field({
    type: [Flow],
    description: "Other teams' flows that lost their source: this import removed or renamed an artifact they consume (in a dry run: would)",
    resolve: (r) => brokenFlows(r.outcome?.brokenDependents ?? []),
  }),
  brokenReferences: t.field({
    type: [BrokenReference],
    description: "Every reference of another team this import broke (flows, agent inputs, step reads, lineage, contracts)",
    resolve: (r) => r.outcome?.brokenDependents ?? [],
  }),
}));

builder.objectFields(DeleteResult, (t) => ({
  brokenDependents: t.field({
    type: [Flow],
    description: "Other teams' flows that lose their source with this team (without confirm: would)",
    resolve: (r) => brokenFlows(r.brokenDependents),
  }),
  brokenReferences: t.field({
    type: [BrokenReference],
    description: "Every reference of another team to this team's artifacts and roles: unresolved from now on",
    resolve: (r) => r.brokenDependents,
  }),
}));

export type { RoleRow };
