import { builder } from "../builder.ts";
import { buildComposition } from "../composition/build.ts";
import { compositionGraphOf } from "../composition/from-team.ts";
import type { FlowRow } from "../db/relations.ts";
import type { Change as ChangeShape, CHANGE_OPS, DependentFlow, ELEMENT_KINDS, TeamDiff as TeamDiffShape } from "../history/types.ts";
import { diffVersions, previewDocument, teamVersion, teamVersions, versionReport, versionTeam, whatIf, type VersionRow, type VersionWithDocument } from "../services/history.ts";
import { Composition } from "./composition.ts";
import { Flow } from "./flow.ts";
import { Finding, GapReport } from "./gap-report.ts";
import { Team } from "./team.ts";

/** Change over time (shared/spec/history.md): versions, diff, preview and what-if on Team. */

const ChangeOp = builder.enumType("ChangeOp", {
  description: "What happened to an element between two compositions",
  values: {
    ADDED: { description: "The element is new on the after side" },
    REMOVED: { description: "The element is gone on the after side" },
    CHANGED: { description: "A field of an element both sides have differs" },
  } satisfies Record<(typeof CHANGE_OPS)[number], { description: string }>,
});

const ElementKind = builder.enumType("ElementKind", {
  description: "The kinds of element a team document lists",
  values: {
    TEAM: { description: "The team itself (name, description, lint config)" },
    STAGE: { description: "A lifecycle stage" },
    ROLE: { description: "A role, with its engagement and flows" },
    ARTIFACT: { description: "An artifact (context product)" },
    AGENT: { description: "An agent owned by a role" },
    WORKFLOW: { description: "A role's workflow in a stage" },
    CONTRACT: { description: "A handoff contract" },
  } satisfies Record<(typeof ELEMENT_KINDS)[number], { description: string }>,
});

const ElementRef = builder.inputType("ElementRef", {
  description: "One element of a team, by kind and id",
  fields: (t) => ({
    kind: t.field({ type: ElementKind, required: true, description: "The element's kind" }),
    id: t.id({ required: true, description: "The element's id in its team" }),
  }),
});

const Change = builder.objectRef<ChangeShape>("Change").implement({
  description: "One element added or removed, or one field of an element changed",
  fields: (t) => ({
    op: t.field({ type: ChangeOp, description: "Added, removed or changed", resolve: (c) => c.op }),
    kind: t.field({ type: ElementKind, description: "The element's kind", resolve: (c) => c.kind }),
    id: t.exposeID("id", { description: "The element's id" }),
    field: t.string({ nullable: true, description: "The changed field's path (e.g. engagement.build, gates[g1].text); null when the whole element was added or removed", resolve: (c) => c.field }),
    before: t.field({ type: "JSON", nullable: true, description: "The value (or element) before; null when added", resolve: (c) => c.before ?? null }),
    after: t.field({ type: "JSON", nullable: true, description: "The value (or element) after; null when removed", resolve: (c) => c.after ?? null }),
  }),
});

const TeamDiff = builder.objectRef<TeamDiffShape>("TeamDiff").implement({
  description: "What changes between two compositions of one team, and what that does to its coordination gaps",
  fields: (t) => ({
    changes: t.field({ type: [Change], description: "Element-level changes, in document order", resolve: (d) => d.changes }),
    findingsIntroduced: t.field({ type: [Finding], description: "Findings the after side has and the before side has not (by rule and subject)", resolve: (d) => d.findingsIntroduced }),
    findingsResolved: t.field({ type: [Finding], description: "Findings the before side has and the after side has not", resolve: (d) => d.findingsResolved }),
    scoreBefore: t.float({ description: "The gap score before (0-100, rules that need no handoffs)", resolve: (d) => d.scoreBefore }),
    scoreAfter: t.float({ description: "The gap score after", resolve: (d) => d.scoreAfter }),
    brokenDependents: t.field({
      type: [Flow], description: "Other teams' flows that lose their source: their artifact has no producer (or is gone) after the change",
      resolve: (d) => d.brokenDependents.map(asFlow),
    }),
  }),
});

/**
 * A dependent flow as the Flow type's parent. The services pass the rows read with it
 * (db/organization.ts dependentFlows), so its role and artifact resolve in their own teams.
 */
const asFlow = (d: DependentFlow) => ({ ...d, stageRow: undefined }) as unknown as FlowRow;

type Version = VersionRow & { team: string; document?: string };
const withDocument = async (v: Version, db: Parameters<typeof teamVersion>[0]): Promise<VersionWithDocument> =>
  v.document !== undefined ? { ...v, document: v.document } : (await teamVersion(db, v.team, v.number)) ?? { ...v, document: "" };

const TeamVersion = builder.objectRef<Version>("TeamVersion").implement({
  description: "The team as one import left it: the document exactly as imported, who and when",
  fields: (t) => ({
    number: t.exposeInt("number", { description: "1, 2, 3 ... per team" }),
    importedAt: t.field({ type: "DateTime", description: "When the import committed", resolve: (v) => v.importedAt }),
    importedBy: t.string({ nullable: true, description: "The token's name, or the local user for the CLI", resolve: (v) => v.importedBy }),
    added: t.exposeInt("added", { description: "Elements the import added" }),
    removed: t.exposeInt("removed", { description: "Elements the import removed" }),
    changed: t.exposeInt("changed", { description: "Elements the import changed" }),
    document: t.string({ description: "The document byte for byte as imported", resolve: async (v, _a, ctx) => (await withDocument(v, ctx.db)).document }),
    gapReport: t.field({
      type: GapReport, description: "The gap report as the version stood (rules that read run-time handoffs are left out)",
      resolve: async (v, _a, ctx) => versionReport(await withDocument(v, ctx.db), v.team),
    }),
    composition: t.field({
      type: Composition, description: "The composition map of the team as it was at this version",
      resolve: async (v, _a, ctx) => buildComposition(compositionGraphOf(versionTeam(await withDocument(v, ctx.db), v.team))),
    }),
  }),
});

builder.objectFields(Team, (t) => ({
  versions: t.field({
    type: [TeamVersion], description: "Every recorded version, newest first",
    resolve: async (team, _a, ctx) => (await teamVersions(ctx.db, team.id)).map((v) => ({ ...v, team: team.id })),
  }),
  version: t.field({
    type: TeamVersion, nullable: true, description: "One version by number; null when there is none",
    args: { number: t.arg.int({ required: true, description: "The version's number" }) },
    resolve: async (team, args, ctx) => {
      const found = await teamVersion(ctx.db, team.id, args.number);
      return found && { ...found, team: team.id };
    },
  }),
  diff: t.field({
    type: TeamDiff, description: "Version `from` against version `to`, or against the team as it is now when `to` is omitted",
    args: {
      from: t.arg.int({ required: true, description: "The before version's number" }),
      to: t.arg.int({ description: "The after version's number; the current team when omitted" }),
    },
    resolve: (team, args, ctx) => diffVersions(ctx.db, team.id, args.from, args.to ?? null),
  }),
  preview: t.field({
    type: TeamDiff, description: "A proposed document (YAML or JSON) against the current team; writes nothing. An invalid document is an INVALID_DOCUMENT error with its problems",
    args: { document: t.arg.string({ required: true, description: "The proposed team document" }) },
    resolve: (team, args, ctx) => previewDocument(ctx.db, team.id, args.document,
      { maxBytes: ctx.env.MAX_DOCUMENT_BYTES, maxAliasCount: ctx.env.MAX_ALIAS_COUNT, maxElements: ctx.env.MAX_DOCUMENT_ELEMENTS }),
  }),
  whatIf: t.field({
    type: TeamDiff, description: "The team without these elements and everything only they held together (flows, agents, workflows, contracts); writes nothing",
    args: { remove: t.arg({ type: [ElementRef], required: true, description: "The elements to take away" }) },
    resolve: (team, args, ctx) => whatIf(ctx.db, team.id, args.remove.map((r) => ({ kind: r.kind, id: String(r.id) }))),
  }),
}));
